package shallowlab.experiment;

import shallowlab.data.Dataset;
import shallowlab.nn.Activation;
import shallowlab.nn.Network;
import shallowlab.nn.Parameters;

/**
 * The network's output a on a size × size grid, for the decision-boundary picture. Grid point (r, c) is
 * x = xMin + c·(xMax − xMin)/(size − 1), y = yMin + r·(yMax − yMin)/(size − 1), and its output is
 * {@code values[r·size + c]}: rows run from yMin upward, columns from xMin rightward.
 */
public record Boundary(double xMin, double xMax, double yMin, double yMax, int size, double[] values) {
    /** Grid points per side. */
    public static final int SIZE = 60;
    /** Share of the data's span added on each side of its bounding box. */
    public static final double MARGIN = 0.1;

    /** The output of the network {@code p} over the bounding box of {@code data}, widened by {@link #MARGIN}. */
    public static Boundary of(Parameters p, Activation activation, double leak, Dataset data) {
        double[] xs = widened(data.x1());
        double[] ys = widened(data.x2());
        double[] gx = new double[SIZE * SIZE];
        double[] gy = new double[SIZE * SIZE];
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                gx[r * SIZE + c] = at(xs, c);
                gy[r * SIZE + c] = at(ys, r);
            }
        }
        double[] values = Network.predict(p, activation, leak, gx, gy);
        return new Boundary(xs[0], xs[1], ys[0], ys[1], SIZE, values);
    }

    /** [lo − MARGIN·span, hi + MARGIN·span] of the values; a zero span (or no points) widens by 1 each side. */
    static double[] widened(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        if (v.length == 0) return new double[] {-1, 1};
        double pad = hi > lo ? MARGIN * (hi - lo) : 1;
        return new double[] {lo - pad, hi + pad};
    }

    /** The i-th of SIZE evenly spaced points from range[0] to range[1], both ends included. */
    private static double at(double[] range, int i) {
        return range[0] + i * (range[1] - range[0]) / (SIZE - 1);
    }
}
