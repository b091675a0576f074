package shallowlab.nn;

import shallowlab.data.Dataset;

/** Signals that explain a run: accuracy, dead and saturated hidden units, identical first-layer units. */
public final class Diagnostics {
    private static final double SATURATED = 1e-3;

    private Diagnostics() {}

    /** Fraction of points with (a > 0.5) == (label == 1); NaN for an empty set. */
    public static double accuracy(double[] a, int[] label) {
        int right = 0;
        for (int i = 0; i < label.length; i++) if ((a[i] > 0.5) == (label[i] == 1)) right++;
        return (double) right / label.length;
    }

    /** Per hidden layer, the fraction of units whose g′ is 0 on every point. */
    public static double[] deadUnits(Parameters p, Activation g, double leak, Dataset data) {
        return fractions(p, g, leak, data, 0.0, true);
    }

    /** Per hidden layer, the fraction of units whose g′ < 1e-3 on every point (sigmoid and tanh only, else 0). */
    public static double[] saturatedUnits(Parameters p, Activation g, double leak, Dataset data) {
        boolean squashing = g == Activation.SIGMOID || g == Activation.TANH;
        return fractions(p, g, leak, data, SATURATED, squashing);
    }

    /** Fraction of units u of each hidden layer with g′(a_u(x)) ≤ bound (== 0 when bound is 0) for all x. */
    private static double[] fractions(Parameters p, Activation g, double leak, Dataset data, double bound, boolean on) {
        double[] out = new double[p.layers() - 1];
        if (!on || data.size() == 0) return out;
        double[][][] a = Network.forward(p, g, leak, data.x1(), data.x2()).activations();
        for (int h = 0; h < out.length; h++) {
            int count = 0;
            for (double[] unit : a[h + 1]) {
                boolean all = true;
                for (double v : unit) {
                    double d = Math.abs(g.derivative(v, leak));
                    all &= bound == 0 ? d == 0 : d < bound;
                }
                if (all) count++;
            }
            out[h] = (double) count / a[h + 1].length;
        }
        return out;
    }

    /** Number of distinct rows of [W1 | b1] (first hidden layer), comparing values with ==. */
    public static int distinctUnits(Parameters p) {
        double[][] w = p.W()[0];
        double[] b = p.b()[0];
        int distinct = 0;
        for (int j = 0; j < w.length; j++) {
            boolean seen = false;
            for (int i = 0; i < j && !seen; i++) seen = b[i] == b[j] && equalValues(w[i], w[j]);
            if (!seen) distinct++;
        }
        return distinct;
    }

    private static boolean equalValues(double[] u, double[] v) {
        for (int k = 0; k < u.length; k++) if (u[k] != v[k]) return false;
        return true;
    }
}
