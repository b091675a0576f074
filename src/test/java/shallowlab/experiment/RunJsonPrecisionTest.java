package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's picture precision: each plotted value within its stated rounding of the exact one, the rest exact. */
class RunJsonPrecisionTest {
    static final Run RUN = new ExperimentRunner().run(Experiment.DEFAULTS.with("testFraction", "0.2").orElseThrow());
    static final RunJson EXACT = RunJson.of(RUN), PICTURE = RunJson.of(RUN, RunJson.Precision.PICTURE);

    @Test
    void seriesKeepNineSignificantDigits() {
        assertRelativelyClose(EXACT.cost(), PICTURE.cost(), 5e-9);
        assertRelativelyClose(EXACT.costMin(), PICTURE.costMin(), 5e-9);
        assertRelativelyClose(EXACT.trainAccuracy(), PICTURE.trainAccuracy(), 5e-9);
        assertRelativelyClose(EXACT.testAccuracy(), PICTURE.testAccuracy(), 5e-9);
        for (int l = 0; l < EXACT.gradientNorms().size(); l++)
            assertRelativelyClose(EXACT.gradientNorms().get(l), PICTURE.gradientNorms().get(l), 5e-9);
        assertNotEquals(EXACT.cost(), PICTURE.cost(), "the series are rounded, not copied");
    }

    @Test
    void boundaryAndPointsKeepFourDecimals() {
        List<Double> exact = EXACT.boundary().values(), picture = PICTURE.boundary().values();
        for (int i = 0; i < exact.size(); i++) assertEquals(exact.get(i), picture.get(i), 5.0001e-5, "boundary " + i);
        double[] x = EXACT.data().train().x1(), px = PICTURE.data().train().x1();
        for (int i = 0; i < x.length; i++) assertEquals(x[i], px[i], 5.0001e-5, "x1 of point " + i);
        assertArrayEquals(EXACT.data().test().label(), PICTURE.data().test().label());
    }

    @Test
    void whatThePageStatesAndRecomputesStaysExact() {
        assertEquals(EXACT.last(), PICTURE.last());
        assertEquals(EXACT.config(), PICTURE.config());
        assertEquals(EXACT.parameters(), PICTURE.parameters());
        assertEquals(EXACT.snapshots().parameters(), PICTURE.snapshots().parameters());
        assertArrayEquals(EXACT.iterations(), PICTURE.iterations());
    }

    @Test
    void thePictureTakesAboutHalfTheBytes() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        int exact = mapper.writeValueAsString(EXACT.withoutDataAndParameters()).length();
        int picture = mapper.writeValueAsString(PICTURE.withoutDataAndParameters()).length();
        assertTrue(picture < 0.55 * exact, picture + " bytes against " + exact);
    }

    private static void assertRelativelyClose(List<Double> exact, List<Double> rounded, double tolerance) {
        assertEquals(exact.size(), rounded.size());
        for (int i = 0; i < exact.size(); i++)
            assertEquals(exact.get(i), rounded.get(i), Math.abs(exact.get(i)) * tolerance, "entry " + i);
    }
}
