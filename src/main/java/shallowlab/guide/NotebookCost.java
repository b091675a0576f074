package shallowlab.guide;

/**
 * J as the course's notebook computes it: a = 1/(1 + e^−z), logprobs = y·log a + (1 − y)·log(1 − a),
 * J = −np.sum(logprobs)/m, summed in numpy's pairwise order ({@link NumpySum}). The same J as the lab's
 * ({@link shallowlab.nn.Network#cost}), rounded otherwise: a gradient check of tiny gradients measures that rounding,
 * so the guides' check uses this one, and a learner repeating it in the notebook gets its figure. StrictMath's exp
 * and log are fdlibm's, the same bits on every JVM, so the figures the guides quote are too.
 */
final class NotebookCost {
    private NotebookCost() {}

    /** J of the output layer's pre-activations {@code z} on the labels {@code y}. */
    static double of(double[] z, int[] y) {
        double[] logprobs = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double a = 1 / (1 + StrictMath.exp(-z[i]));
            logprobs[i] = y[i] * StrictMath.log(a) + (1 - y[i]) * StrictMath.log(1 - a);
        }
        return -NumpySum.of(logprobs) / y.length;
    }
}
