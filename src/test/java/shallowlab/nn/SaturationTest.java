package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The saturation series: per hidden layer and record, the share of (unit, point) pairs whose g′ is below a tenth of
 * its maximum, checked against a scalar forward pass ({@link Network#forward}) and on the course's flower.
 */
class SaturationTest {
    static TrainingConfig tanh(double scale, int iterations) {
        return new TrainingConfig(new int[] {4}, Activation.TANH, 0.01, Initializer.RANDOM, scale, 2, 1.2, iterations);
    }

    /** The share computed point by point from the scalar network's activations. */
    static double[] oracle(Parameters p, Activation g) {
        double[][][] a = Network.forward(p, g, 0.01, Defaults.FLOWER.x1(), Defaults.FLOWER.x2()).activations();
        double[] share = new double[a.length - 2];
        for (int h = 0; h < share.length; h++) {
            int below = 0, all = 0;
            for (double[] unit : a[h + 1]) for (double v : unit) {
                all++;
                if (g.derivative(v, 0.01) < g.saturatedBelow()) below++;
            }
            share[h] = (double) below / all;
        }
        return share;
    }

    @Test
    void atTheStartTheKernelCountsWhatTheScalarNetworkComputes() {
        for (double scale : new double[] {0.01, 1, 10}) {
            TrainingResult r = Trainer.train(tanh(scale, 1), Defaults.FLOWER, Defaults.EMPTY);
            assertEquals(oracle(r.initial(), Activation.TANH)[0], r.saturation()[0][0], 0.0, "randn·" + scale);
        }
        TrainingConfig deep = new TrainingConfig(new int[] {5, 3}, Activation.SIGMOID, 0.01, Initializer.RANDOM, 4, 7,
                0.5, 1);
        TrainingResult d = Trainer.train(deep, Defaults.FLOWER, Defaults.EMPTY);
        double[] expected = oracle(d.initial(), Activation.SIGMOID);
        assertEquals(expected[0], d.saturation()[0][0], 0.0);
        assertEquals(expected[1], d.saturation()[1][0], 0.0);
        assertTrue(expected[0] > 0, "randn·4 saturates some sigmoid units");
    }

    @Test
    void onTheFlowerRandnTenStartsMostlySaturatedAndTheCourseDefaultHardlyAtAll() {
        TrainingResult large = Trainer.train(tanh(10, 1000), Defaults.FLOWER, Defaults.EMPTY);
        TrainingResult course = Trainer.train(tanh(0.01, 1000), Defaults.FLOWER, Defaults.EMPTY);
        assertTrue(large.saturation()[0][0] > 0.5, "randn·10 starts at " + large.saturation()[0][0]);
        assertTrue(course.saturation()[0][0] < 0.05, "randn·0.01 starts at " + course.saturation()[0][0]);
        assertEquals(course.iterations().length, course.saturation()[0].length, "one value per record");
    }

    @Test
    void activationsThatDoNotSaturateRecordZero() {
        for (Activation g : new Activation[] {Activation.RELU, Activation.LEAKY_RELU, Activation.LINEAR}) {
            TrainingConfig c = new TrainingConfig(new int[] {4, 4}, g, 0.01, Initializer.RANDOM, 10, 2, 0.01, 50);
            TrainingResult r = Trainer.train(c, Defaults.FLOWER, Defaults.EMPTY);
            for (double[] layer : r.saturation()) for (double v : layer) assertEquals(0.0, v, g.key());
        }
    }

    @Test
    void aLargeLearningRateShowsItsRisesInTheFirstHundredIterations() {
        TrainingConfig c = new TrainingConfig(new int[] {4}, Activation.TANH, 0.01, Initializer.RANDOM, 0.01, 2, 10, 10000);
        TrainingResult r = Trainer.train(c, Defaults.FLOWER, Defaults.EMPTY);
        int rises = 0;
        for (int i = 1; i < 100; i++) {
            assertEquals(i, r.iterations()[i], "every early iteration is a record");
            if (r.cost()[i] > r.cost()[i - 1]) rises++;
        }
        assertTrue(rises >= 3, "α = 10 overshoots: the cost rises at " + rises + " of the first 100 steps");
    }
}
