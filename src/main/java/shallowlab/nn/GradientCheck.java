package shallowlab.nn;

import shallowlab.data.Dataset;

/**
 * Checks back-propagation against central differences: approx_i = (J(θ + ε e_i) − J(θ − ε e_i)) / 2ε over
 * every weight and bias θ_i, ε = 1e-7; the result is ‖grad − approx‖ / (‖grad‖ + ‖approx‖).
 */
public final class GradientCheck {
    public static final double EPSILON = 1e-7;

    private GradientCheck() {}

    /** The cost J of the output layer's pre-activations z on labels y, as the check differences it. */
    public interface Cost {
        double of(double[] z, int[] y);
    }

    /** The check with the lab's cost ({@link Network#cost}: max(z, 0) − z·y + log(1 + e^−|z|) per point). */
    public static double relativeDifference(Parameters p, Activation g, double leak, Dataset data) {
        return relativeDifference(p, g, leak, data, Network::cost);
    }

    /**
     * The check with the cost {@code cost}: when the gradients are tiny, the rounding of J's differences, not
     * back-propagation, sets the figure, so another way of computing the same J gives another figure.
     */
    public static double relativeDifference(Parameters p, Activation g, double leak, Dataset data, Cost cost) {
        Gradients grads = Network.costAndGradients(p, g, leak, data);
        Parameters q = p.copy();
        double diff = 0, normGrad = 0, normApprox = 0;
        for (int l = 0; l < q.layers(); l++) {
            for (int j = 0; j < q.W()[l].length; j++) {
                double[] row = q.W()[l][j];
                for (int k = 0; k < row.length; k++) {
                    double approx = centralDifference(q, row, k, g, leak, data, cost), exact = grads.dW()[l][j][k];
                    diff += (exact - approx) * (exact - approx);
                    normGrad += exact * exact;
                    normApprox += approx * approx;
                }
                double approx = centralDifference(q, q.b()[l], j, g, leak, data, cost), exact = grads.db()[l][j];
                diff += (exact - approx) * (exact - approx);
                normGrad += exact * exact;
                normApprox += approx * approx;
            }
        }
        return Math.sqrt(diff) / (Math.sqrt(normGrad) + Math.sqrt(normApprox));
    }

    /** (J with v[i] + ε − J with v[i] − ε) / 2ε, where v is an array inside q; v[i] is restored. */
    private static double centralDifference(Parameters q, double[] v, int i, Activation g, double leak, Dataset d,
                                            Cost cost) {
        double saved = v[i];
        v[i] = saved + EPSILON;
        double plus = cost.of(Network.forward(q, g, leak, d.x1(), d.x2()).outputZ(), d.label());
        v[i] = saved - EPSILON;
        double minus = cost.of(Network.forward(q, g, leak, d.x1(), d.x2()).outputZ(), d.label());
        v[i] = saved;
        return (plus - minus) / (2 * EPSILON);
    }
}
