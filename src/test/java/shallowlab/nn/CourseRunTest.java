package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The notebook's default run: its printed costs and its final accuracy. */
class CourseRunTest {
    private final TrainingResult r = Trainer.train(Defaults.config(10000), Defaults.FLOWER, Defaults.EMPTY);

    @Test
    void costsMatchTheNotebook() {
        assertEquals(0, r.iterations()[0]);
        assertEquals(0.693048, r.cost()[0], 1e-6);
        assertEquals(1000, r.iterations()[50]);
        assertEquals(0.288083, r.cost()[50], 1e-6);
    }

    @Test
    void finalAccuracyIsTheNotebooks() {
        double last = r.trainAccuracy()[r.trainAccuracy().length - 1];
        assertEquals(0.905, last, 0, "final accuracy, to the bit (the engine is exact)");
    }

    @Test
    void recordsEveryTwentiethIterationAndTheLast() {
        assertEquals(501, r.iterations().length);
        assertEquals(10000, r.iterations()[500]);
        assertEquals(4, r.distinctUnits());
        assertNull(r.diverged());
        assertNull(r.testAccuracy());
        assertEquals(2, r.gradientNorms().length);
    }

    @Test
    void unevenIterationCountStillRecordsTheLast() {
        TrainingResult s = Trainer.train(Defaults.config(1003), Defaults.FLOWER, Defaults.EMPTY);
        assertEquals(3, s.iterations()[1]);
        assertEquals(1003, s.iterations()[s.iterations().length - 1]);
        assertEquals(336, s.iterations()[112]);
    }
}
