package shallowlab.nn;

import shallowlab.data.Dataset;

/** Full-batch gradient descent on a network 2 → hidden… → 1 (sigmoid output, binary cross-entropy). */
public final class Trainer {
    private Trainer() {}

    /** Trains from the initial weights drawn with {@code config.initSeed()}; {@code test} may have no points. */
    public static TrainingResult train(TrainingConfig config, Dataset train, Dataset test) {
        throw new UnsupportedOperationException("TODO engine");
    }

    /** As {@link #train(TrainingConfig, Dataset, Dataset)}, but throws {@link TrainingTimeout} once {@code System.nanoTime()} passes {@code deadlineNanos}. */
    public static TrainingResult train(TrainingConfig config, Dataset train, Dataset test, long deadlineNanos) {
        throw new UnsupportedOperationException("TODO engine");
    }
}
