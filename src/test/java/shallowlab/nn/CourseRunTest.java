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
        assertEquals(0.288083, r.cost()[index(r, 1000)], 1e-6);
    }

    @Test
    void finalAccuracyIsTheNotebooks() {
        double last = r.trainAccuracy()[r.trainAccuracy().length - 1];
        assertEquals(0.905, last, 0, "final accuracy, to the bit (the engine is exact)");
    }

    /** The record index of iteration t. */
    static int index(TrainingResult r, int t) {
        for (int i = 0; i < r.iterations().length; i++) if (r.iterations()[i] == t) return i;
        throw new AssertionError("iteration " + t + " is not recorded");
    }

    @Test
    void recordsTheFirstHundredIterationsThenEveryTwentiethAndTheLast() {
        assertEquals(100 + 496, r.iterations().length);   // 0 … 99, then 100, 120, …, 10000
        for (int t = 0; t < 100; t++) assertEquals(t, r.iterations()[t]);
        assertEquals(120, r.iterations()[101]);
        assertEquals(10000, r.iterations()[595]);
        assertEquals(4, r.distinctUnits());
        assertNull(r.diverged());
        assertNull(r.testAccuracy());
        assertEquals(2, r.gradientNorms().length);
    }

    @Test
    void unevenIterationCountStillRecordsTheLast() {
        TrainingResult s = Trainer.train(Defaults.config(1003), Defaults.FLOWER, Defaults.EMPTY);
        assertEquals(99, s.iterations()[99]);
        assertEquals(102, s.iterations()[100]);   // k = ⌈1003/500⌉ = 3: 102, 105, …, 1002
        assertEquals(1002, s.iterations()[400]);
        assertEquals(1003, s.iterations()[401]);
        assertEquals(402, s.iterations().length);
    }
}
