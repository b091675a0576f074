package shallowlab.nn;

import shallowlab.data.Dataset;

/**
 * Checks back-propagation against central differences: approx_i = (J(θ + ε e_i) − J(θ − ε e_i)) / 2ε over
 * every weight and bias θ_i, ε = 1e-7; the result is ‖grad − approx‖ / (‖grad‖ + ‖approx‖).
 */
public final class GradientCheck {
    public static final double EPSILON = 1e-7;

    private GradientCheck() {}

    public static double relativeDifference(Parameters p, Activation g, double leak, Dataset data) {
        Gradients grads = Network.costAndGradients(p, g, leak, data);
        Parameters q = p.copy();
        double diff = 0, normGrad = 0, normApprox = 0;
        for (int l = 0; l < q.layers(); l++) {
            for (int j = 0; j < q.W()[l].length; j++) {
                double[] row = q.W()[l][j];
                for (int k = 0; k < row.length; k++) {
                    double approx = centralDifference(q, row, k, g, leak, data), exact = grads.dW()[l][j][k];
                    diff += (exact - approx) * (exact - approx);
                    normGrad += exact * exact;
                    normApprox += approx * approx;
                }
                double approx = centralDifference(q, q.b()[l], j, g, leak, data), exact = grads.db()[l][j];
                diff += (exact - approx) * (exact - approx);
                normGrad += exact * exact;
                normApprox += approx * approx;
            }
        }
        return Math.sqrt(diff) / (Math.sqrt(normGrad) + Math.sqrt(normApprox));
    }

    /** (J with v[i] + ε − J with v[i] − ε) / 2ε, where v is an array inside q; v[i] is restored. */
    private static double centralDifference(Parameters q, double[] v, int i, Activation g, double leak, Dataset d) {
        double saved = v[i];
        v[i] = saved + EPSILON;
        double plus = cost(q, g, leak, d);
        v[i] = saved - EPSILON;
        double minus = cost(q, g, leak, d);
        v[i] = saved;
        return (plus - minus) / (2 * EPSILON);
    }

    private static double cost(Parameters q, Activation g, double leak, Dataset d) {
        return Network.cost(Network.forward(q, g, leak, d.x1(), d.x2()).outputZ(), d.label());
    }
}
