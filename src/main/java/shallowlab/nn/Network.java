package shallowlab.nn;

import shallowlab.data.Dataset;

/**
 * The network 2 → hidden… → 1 evaluated plainly, point by point: the reference the optimised trainer is
 * tested against. Forward: Z[l] = W[l]·A[l-1] + b[l], A[l] = g(Z[l]), output A[L] = σ(Z[L]); A[0] = X (2 × m).
 */
public final class Network {
    private Network() {}

    /** The output a = σ(z[L]) for each point (x1[i], x2[i]). */
    public static double[] predict(Parameters p, Activation activation, double leak, double[] x1, double[] x2) {
        double[][][] a = forward(p, activation, leak, x1, x2).activations();
        return a[a.length - 1][0];
    }

    /** Activations A[0..L] (A[l] is n_l × m) and the output's pre-activation Z[L] (1 × m). */
    public record Forward(double[][][] activations, double[] outputZ) {}

    public static Forward forward(Parameters p, Activation g, double leak, double[] x1, double[] x2) {
        int layers = p.layers(), m = x1.length;
        double[][][] a = new double[layers + 1][][];
        a[0] = new double[][] {x1, x2};
        double[] zOut = new double[m];
        for (int l = 0; l < layers; l++) {
            double[][] w = p.W()[l];
            a[l + 1] = new double[w.length][m];
            for (int j = 0; j < w.length; j++) {
                for (int i = 0; i < m; i++) {
                    double z = w[j][0] * a[l][0][i];
                    for (int k = 1; k < w[j].length; k++) z = Math.fma(w[j][k], a[l][k][i], z);
                    z += p.b()[l][j];
                    if (l == layers - 1) zOut[i] = z;
                    a[l + 1][j][i] = l == layers - 1 ? Elementary.sigmoid(z) : g.apply(z, leak);
                }
            }
        }
        return new Forward(a, zOut);
    }

    /** The first hidden layer's pre-activations Z[1] = W[1]·X + b[1], n_1 × m, summed as {@link #forward} does. */
    public static double[][] firstLayerZ(Parameters p, double[] x1, double[] x2) {
        double[][] w = p.W()[0];
        double[][] z = new double[w.length][x1.length];
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < x1.length; i++) z[j][i] = Math.fma(w[j][1], x2[i], w[j][0] * x1[i]) + p.b()[0][j];
        }
        return z;
    }

    /** J = (1/m) Σ_i [max(z,0) − z·y + log(1 + e^−|z|)], z = Z[L]; summed in index order. */
    public static double cost(double[] zOut, int[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) s += Elementary.crossEntropy(zOut[i], y[i]);
        return s / y.length;
    }

    /**
     * Cost and gradients: dZ[L] = A[L] − Y; dW[l] = dZ[l]·A[l-1]ᵀ/m; db[l] = (1/m)Σ_i dZ[l];
     * dZ[l-1] = W[l]ᵀ·dZ[l] ∘ g′(A[l-1]).
     */
    public static Gradients costAndGradients(Parameters p, Activation g, double leak, Dataset data) {
        Forward f = forward(p, g, leak, data.x1(), data.x2());
        double[][][] a = f.activations();
        int layers = p.layers(), m = data.size();
        double[][] dz = new double[1][m];
        for (int i = 0; i < m; i++) dz[0][i] = a[layers][0][i] - data.label()[i];
        double[][][] dW = new double[layers][][];
        double[][] db = new double[layers][];
        for (int l = layers - 1; l >= 0; l--) {
            dW[l] = new double[dz.length][a[l].length];
            db[l] = new double[dz.length];
            for (int j = 0; j < dz.length; j++) {
                for (int k = 0; k < a[l].length; k++) dW[l][j][k] = dot(dz[j], a[l][k]) / m;
                db[l][j] = sum(dz[j]) / m;
            }
            if (l > 0) dz = backThrough(p.W()[l], dz, a[l], g, leak);
        }
        return new Gradients(cost(f.outputZ(), data.label()), dW, db);
    }

    /** dZ[l-1][k][i] = (Σ_j W[l][j][k]·dZ[l][j][i]) · g′(A[l-1][k][i]). */
    private static double[][] backThrough(double[][] w, double[][] dz, double[][] aPrev, Activation g, double leak) {
        int m = dz[0].length;
        double[][] out = new double[aPrev.length][m];
        for (int k = 0; k < aPrev.length; k++) {
            for (int i = 0; i < m; i++) {
                double s = w[0][k] * dz[0][i];
                for (int j = 1; j < w.length; j++) s = Math.fma(w[j][k], dz[j][i], s);
                out[k][i] = s * g.derivative(aPrev[k][i], leak);
            }
        }
        return out;
    }

    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) s = Math.fma(u[i], v[i], s);
        return s;
    }

    static double sum(double[] u) {
        double s = 0;
        for (double v : u) s += v;
        return s;
    }
}
