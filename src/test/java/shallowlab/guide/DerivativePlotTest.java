package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.Run;

/** The derivatives guide's view model, from the guide's own trials (randn·0.01 and randn·10, tanh). */
class DerivativePlotTest {
    static final Guide GUIDE = Guides.bySlug("activation-derivatives").orElseThrow();

    static DerivativePlot plot(int trial) {
        Run run = new ExperimentRunner().run(GUIDE.trials().get(trial).experiment());
        return DerivativePlot.of(GUIDE.trials().get(trial).label(), run);
    }

    @Test
    void smallWeightsKeepZ1NearZeroLargeWeightsSaturateTanh() {
        DerivativePlot small = plot(0), large = plot(1);
        assertEquals(0.0, small.saturatedShare());
        assertTrue(large.saturatedShare() > 0.8, "share " + large.saturatedShare());
        int centre = small.binCentres().indexOf(-0.25);
        assertEquals(1.0, small.share().get(centre) + small.share().get(centre + 1), 1e-12, "all z in (−0.5, 0.5)");
    }

    @Test
    void curvesAreTanhAndItsDerivativeOverMinusSixToSix() {
        DerivativePlot p = plot(0);
        assertEquals("tanh", p.activation());
        assertEquals(121, p.z().size());
        assertEquals(-6.0, p.z().get(0), 1e-12);
        assertEquals(6.0, p.z().get(120), 1e-12);
        assertEquals(0.0, p.g().get(60), 1e-12);
        assertEquals(1.0, p.derivative().get(60), 1e-12);
        assertTrue(p.derivative().get(0) < 1e-4, "saturated at z = −6");
        assertEquals(24, p.binCentres().size());
        assertEquals(1.0, p.share().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }
}
