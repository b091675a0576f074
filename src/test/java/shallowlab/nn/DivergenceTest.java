package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A learning rate far too large on a linear network blows the weights up: the run stops and says where. */
class DivergenceTest {
    @Test
    void reportsTheIterationAndKeepsOnlyFiniteValues() {
        TrainingConfig c = new TrainingConfig(new int[] {8, 8}, Activation.LINEAR, 0.01, Initializer.RANDOM, 3, 2, 10, 5000);
        TrainingResult r = Trainer.train(c, Defaults.FLOWER, Defaults.FLOWER.split(0.2, 1).test());
        assertNotNull(r.diverged());
        assertTrue(r.diverged() < 5000, "diverged at " + r.diverged());
        int n = r.iterations().length;
        assertTrue(n >= 1 && r.iterations()[n - 1] < r.diverged());
        for (int i = 0; i < n; i++) {
            assertTrue(Double.isFinite(r.cost()[i]) && Double.isFinite(r.trainAccuracy()[i]));
            assertTrue(Double.isFinite(r.testAccuracy()[i]));
            for (double[] norms : r.gradientNorms()) assertTrue(Double.isFinite(norms[i]));
        }
        assertTrue(r.trained().isFinite());
    }

    @Test
    void anEarlyDivergenceIsRecordedAtEveryIterationBeforeIt() {
        TrainingConfig c = new TrainingConfig(new int[] {8, 8}, Activation.LINEAR, 0.01, Initializer.RANDOM, 3, 2, 10, 5000);
        TrainingResult r = Trainer.train(c, Defaults.FLOWER, Defaults.FLOWER.split(0, 1).test());
        assertNotNull(r.diverged());
        assertTrue(r.diverged() < 500, "diverges early: " + r.diverged());
        int n = r.iterations().length;
        assertTrue(n >= r.diverged() - 1 && n > 1, n + " records before divergence at " + r.diverged());
        for (int i = 0; i < n; i++) assertTrue(r.iterations()[i] == i, "every iteration recorded");
        org.junit.jupiter.api.Assertions.assertArrayEquals(r.cost(),
                Trainer.train(c, Defaults.FLOWER, Defaults.FLOWER.split(0, 1).test()).cost(), "deterministic replay");
    }
}
