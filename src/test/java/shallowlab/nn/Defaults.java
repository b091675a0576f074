package shallowlab.nn;

import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/** The course notebook's experiment: flower (400, 0.2, seed 1), 4 tanh units, α = 1.2, randn·0.01 seed 2. */
final class Defaults {
    static final Dataset FLOWER = DatasetKind.FLOWER.generate(400, 0.2, 1);
    static final Dataset EMPTY = new Dataset(new double[0], new double[0], new int[0]);

    private Defaults() {}

    static TrainingConfig config(int iterations) {
        return new TrainingConfig(new int[] {4}, Activation.TANH, 0.01, Initializer.RANDOM, 0.01, 2, 1.2, iterations);
    }
}
