package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Zero and constant initialisation leave every hidden unit identical: the symmetry problem. */
class SymmetryTest {
    private static TrainingConfig with(Initializer init, double scale) {
        return new TrainingConfig(new int[] {4}, Activation.TANH, 0.01, init, scale, 2, 1.2, 2000);
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
