package shallowlab.nn;

/** Everything the trainer needs besides the data. {@code hidden[i]} is the size of hidden layer i. */
public record TrainingConfig(int[] hidden, Activation activation, double leak, Initializer init,
                             double initScale, long initSeed, double learningRate, int iterations) {}
