package shallowlab.nn;

import shallowlab.data.Dataset;

/** One training pass at given parameters, and the gradient-descent step. */
final class VectorKernel {
    private final Activation g;
    private final double leak;
    private final Dataset data;
    private Gradients grads;
    private Parameters at;

    VectorKernel(Parameters shape, Activation g, double leak, Dataset data) {
        this.g = g;
        this.leak = leak;
        this.data = data;
    }

    void pass(Parameters p) {
        at = p;
        grads = Network.costAndGradients(p, g, leak, data);
    }

    double cost() { return grads.cost(); }

    double accuracy() {
        return Diagnostics.accuracy(Network.predict(at, g, leak, data.x1(), data.x2()), data.label());
    }

    double[] gradientNorms() {
        double[] n = new double[grads.dW().length];
        for (int l = 0; l < n.length; l++) n[l] = grads.frobenius(l);
        return n;
    }

    /** next = p − α·(dW, db); true when every new value is finite. */
    boolean step(Parameters p, Parameters next, double alpha) {
        boolean finite = true;
        for (int l = 0; l < p.layers(); l++) {
            for (int j = 0; j < p.W()[l].length; j++) {
                for (int k = 0; k < p.W()[l][j].length; k++) {
                    double v = p.W()[l][j][k] - alpha * grads.dW()[l][j][k];
                    next.W()[l][j][k] = v;
                    finite &= Double.isFinite(v);
                }
                double v = p.b()[l][j] - alpha * grads.db()[l][j];
                next.b()[l][j] = v;
                finite &= Double.isFinite(v);
            }
        }
        return finite;
    }
}
