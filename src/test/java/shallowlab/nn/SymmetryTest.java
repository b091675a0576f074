package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import shallowlab.data.Dataset;

/** Zero and constant initialisation leave every hidden unit identical: the symmetry problem. */
class SymmetryTest {
    private static TrainingConfig with(Initializer init, double scale) {
        return with(Activation.TANH, init, scale);
    }

    private static TrainingConfig with(Activation g, Initializer init, double scale) {
        return new TrainingConfig(new int[] {4}, g, 0.01, init, scale, 2, 1.2, 2000);
    }

    /** The flower's first {@code m} points: its labels come in runs, so a prefix has more of one label. */
    private static Dataset prefix(Dataset d, int m) {
        return new Dataset(Arrays.copyOf(d.x1(), m), Arrays.copyOf(d.x2(), m), Arrays.copyOf(d.label(), m));
    }

    /**
     * A sigmoid hidden layer starts at A[1] = ½, so dW[2] = ½·db[2] = ½(½ − share of label 1): zero on balanced
     * data (the zero-init guide's sigmoid run), not zero on data with more of one label — and then W[1] moves too,
     * every unit alike.
     */
    @Test
    void zeroInitWithSigmoidMovesOnlyWhenTheLabelsAreUnbalanced() {
        TrainingResult balanced = Trainer.train(with(Activation.SIGMOID, Initializer.ZEROS, 0), Defaults.FLOWER, Defaults.EMPTY);
        for (double c : balanced.cost()) assertEquals(balanced.cost()[0], c, 0, "the cost never moves");
        assertEquals(Math.log(2), balanced.cost()[0], 1e-14);
        assertEquals(0, maxAbs(balanced.trained().W()[0]));

        Dataset unbalanced = prefix(Defaults.FLOWER, 300);
        double share = Arrays.stream(unbalanced.label()).average().orElseThrow();
        assertNotEquals(0.5, share, 0.05, "the prefix has more of one label");
        TrainingResult moved = Trainer.train(with(Activation.SIGMOID, Initializer.ZEROS, 0), unbalanced, Defaults.EMPTY);
        assertTrue(maxAbs(moved.trained().W()[0]) > 1e-3, "W[1] moved");
        assertTrue(moved.cost()[moved.cost().length - 1] < Math.log(2) - 0.01, "the cost fell");
        assertEquals(1, moved.distinctUnits(), "but the four units stay one");
    }

    private static double maxAbs(double[][] w) {
        return Arrays.stream(w).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElseThrow();
    }

    @Test
    void zeroInitKeepsTheCostAtLog2() {
        TrainingResult r = Trainer.train(with(Initializer.ZEROS, 0.01), Defaults.FLOWER, Defaults.EMPTY);
        for (double c : r.cost()) assertEquals(0.693147, c, 1e-6);
        assertEquals(1, r.distinctUnits());
        assertEquals(2000, r.iterations()[r.iterations().length - 1]);
    }

    @Test
    void constantInitTrainsOneUnitFourTimes() {
        TrainingResult r = Trainer.train(with(Initializer.CONSTANT, 0.5), Defaults.FLOWER, Defaults.EMPTY);
        assertEquals(1, r.distinctUnits());
        assertEquals(4, Trainer.train(Defaults.config(200), Defaults.FLOWER, Defaults.EMPTY).distinctUnits());
    }
}
