package shallowlab.nn;

import static shallowlab.nn.VectorMath.LANES;
import static shallowlab.nn.VectorMath.S;

import jdk.incubator.vector.DoubleVector;

/**
 * One layer's linear algebra over flat arrays, four points at a time. A layer's input is Â = [A; 1]: cols = n_in + 1
 * rows of mp values (row k at offset k·mp), the last row all ones; its parameters are [W | b], n_out rows of cols
 * values (row-major), so b is the last column. Per element, the operations and their order are
 * {@link Network}'s: z = w0·a0, then fma over k (the last step, 1·b + z, is exactly z + b).
 */
final class VectorLayers {
    private VectorLayers() {}

    /** [W | b] row-major (n_out × (n_in + 1)) from W (n_out × n_in) and b (n_out). */
    static void flatten(double[][] w, double[] b, double[] wb) {
        int cols = w[0].length + 1;
        for (int j = 0; j < w.length; j++) {
            System.arraycopy(w[j], 0, wb, j * cols, cols - 1);
            wb[j * cols + cols - 1] = b[j];
        }
    }

    /**
     * Z = [W | b]·Â: z[j·mp + i] = Σ_k wb[j·cols + k]·in[k·mp + i], shape n_out × mp. Row by row, one sweep over
     * the points per k (z = w0·a0, then z = fma(a_k, w_k, z)): plain streaming loops, each point's order as before.
     */
    static void affine(double[] wb, double[] in, int cols, double[] z, int nOut, int mp) {
        for (int j = 0; j < nOut; j++) {
            int row = j * cols, out = j * mp;
            DoubleVector w0 = DoubleVector.broadcast(S, wb[row]);
            for (int i = 0; i < mp; i += LANES) DoubleVector.fromArray(S, in, i).mul(w0).intoArray(z, out + i);
            for (int k = 1; k < cols; k++) fmaRow(in, k * mp, wb[row + k], z, out, mp);
        }
    }

    /** z[out + i] = fma(in[from + i], w, z[out + i]) for i < mp. */
    private static void fmaRow(double[] in, int from, double w, double[] z, int out, int mp) {
        DoubleVector wk = DoubleVector.broadcast(S, w);
        for (int i = 0; i < mp; i += LANES)
            DoubleVector.fromArray(S, in, from + i).fma(wk, DoubleVector.fromArray(S, z, out + i)).intoArray(z, out + i);
    }

    /** Output unit: A = σ(Z), dZ = (A − Y)∘mask (1 × mp; the padding points have mask 0). */
    static void output(double[] z, double[] y, double[] mask, double[] a, double[] dz, int mp) {
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector ai = VectorMath.sigmoid(DoubleVector.fromArray(S, z, i));
            ai.intoArray(a, i);
            ai.sub(DoubleVector.fromArray(S, y, i)).mul(DoubleVector.fromArray(S, mask, i)).intoArray(dz, i);
        }
    }

    /**
     * dZ[l-1] = (W[l]ᵀ·dZ[l]) ∘ G, G = g′(A[l-1]) already in {@code prev}: prev[k·mp + i] =
     * (w_0k·dz_0i, then fma over j) · prev[k·mp + i], for k < nPrev (the bias column of [W | b] is skipped).
     */
    static void backThrough(double[] wb, int cols, double[] dz, int nOut, double[] prev, int nPrev, int mp) {
        for (int k = 0; k < nPrev; k++) {
            for (int i = 0; i < mp; i += LANES) {
                DoubleVector s = DoubleVector.fromArray(S, dz, i).mul(wb[k]);
                for (int j = 1; j < nOut; j++)
                    s = DoubleVector.fromArray(S, dz, j * mp + i).fma(DoubleVector.broadcast(S, wb[j * cols + k]), s);
                s.mul(DoubleVector.fromArray(S, prev, k * mp + i)).intoArray(prev, k * mp + i);
            }
        }
    }

    /**
     * [dW | db] = dZ·Âᵀ / m, shape nOut × cols: entry q = j·cols + k is Σ_i dz[j·mp + i]·in[k·mp + i] / m, each
     * summed lane-wise over i then (l0 + l1) + (l2 + l3). Entries go four at a time (four independent sums in
     * one sweep, so the adds overlap instead of waiting on each other); a short last group repeats its last entry.
     */
    static void gradients(double[] dz, double[] in, int cols, int nOut, int mp, double m, double[] g) {
        int last = nOut * cols - 1;
        for (int q = 0; q <= last; q += 4)
            four(dz, in, cols, mp, m, g, q, Math.min(q + 1, last), Math.min(q + 2, last), Math.min(q + 3, last));
    }

    /** Entries q0..q3 of {@link #gradients}; with in's last row 1, dz·1 + s is exactly s + dz (db). */
    private static void four(double[] dz, double[] in, int cols, int mp, double m, double[] g,
                             int q0, int q1, int q2, int q3) {
        int d0 = q0 / cols * mp, d1 = q1 / cols * mp, d2 = q2 / cols * mp, d3 = q3 / cols * mp;
        int x0 = q0 % cols * mp, x1 = q1 % cols * mp, x2 = q2 % cols * mp, x3 = q3 % cols * mp;
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        for (int i = 0; i < mp; i += LANES) {
            s0 = DoubleVector.fromArray(S, dz, d0 + i).fma(DoubleVector.fromArray(S, in, x0 + i), s0);
            s1 = DoubleVector.fromArray(S, dz, d1 + i).fma(DoubleVector.fromArray(S, in, x1 + i), s1);
            s2 = DoubleVector.fromArray(S, dz, d2 + i).fma(DoubleVector.fromArray(S, in, x2 + i), s2);
            s3 = DoubleVector.fromArray(S, dz, d3 + i).fma(DoubleVector.fromArray(S, in, x3 + i), s3);
        }
        g[q3] = VectorMath.sum(s3) / m;
        g[q2] = VectorMath.sum(s2) / m;
        g[q1] = VectorMath.sum(s1) / m;
        g[q0] = VectorMath.sum(s0) / m;
    }
}
