package shallowlab.nn;

import static shallowlab.nn.VectorMath.LANES;
import static shallowlab.nn.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * One layer's linear algebra over flat arrays, four points at a time. A layer's input is Â = [A; 1]: cols = n_in + 1
 * rows of mp values (row k at offset k·mp), the last row all ones; its parameters are [W | b], n_out rows of cols
 * values (row-major), so b is the last column. Per element, the operations and their order are
 * {@link Network}'s: z = w0·a0, then fma over k (the last step, 1·b + z, is exactly z + b).
 */
final class VectorLayers {
    private VectorLayers() {}

    /**
     * Z = [W | b]·Â: z[at + j·mp + i] = Σ_k wb[j·cols + k]·in[k·mp + i], shape n_out × mp. Row by row, one sweep
     * over the points per k (z = w0·a0, then z = fma(a_k, w_k, z)): plain streaming loops, each point's order as before.
     */
    static void affine(double[] wb, double[] in, int cols, double[] z, int at, int nOut, int mp) {
        for (int j = 0; j < nOut; j++) {
            int row = j * cols, out = at + j * mp;
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

    /**
     * Output unit on points from … from + mp: A = σ(Z), dZ = (A − Y)∘mask (the padding points have mask 0); z, y,
     * mask and a hold all points, dz only these (dz[i] is point from + i).
     */
    static void output(double[] z, double[] y, double[] mask, double[] a, double[] dz, int from, int mp) {
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector ai = VectorMath.sigmoid(DoubleVector.fromArray(S, z, from + i));
            ai.intoArray(a, from + i);
            ai.sub(DoubleVector.fromArray(S, y, from + i)).mul(DoubleVector.fromArray(S, mask, from + i)).intoArray(dz, i);
        }
    }

    /**
     * Each point's cross-entropy into out: max(z, 0) − z·y + log1p(exp(−|z|)), as {@link Elementary#crossEntropy},
     * bit for bit (the sum is left to the caller, in point order).
     */
    static void crossEntropies(double[] z, double[] y, double[] out, int mp) {
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector zi = DoubleVector.fromArray(S, z, i);
            DoubleVector log = VectorMath.log1p(VectorMath.expNegAbs(zi));
            zi.max(0.0).sub(zi.mul(DoubleVector.fromArray(S, y, i))).add(log).intoArray(out, i);
        }
    }

    /** How many of the first m points are classified right: (a > 0.5) = (y = 1). */
    static int correct(double[] a, double[] y, int m) {
        int right = 0, i = 0;
        for (; i + LANES <= m; i += LANES) {
            var predicted = DoubleVector.fromArray(S, a, i).compare(VectorOperators.GT, 0.5);
            var positive = DoubleVector.fromArray(S, y, i).compare(VectorOperators.EQ, 1.0);
            right += predicted.eq(positive).trueCount();
        }
        for (; i < m; i++) if ((a[i] > 0.5) == (y[i] == 1.0)) right++;
        return right;
    }

    /**
     * Σ over the first mp points of mask·(max(z, 0) − z·y − log σ(|z|)), each point's cross-entropy to about
     * 2.4e-11, from the output's z and a = σ(z) (σ(|z|) is a for z ≥ 0, else 1 − a); for the cost envelope.
     */
    static double crossEntropySum(double[] z, double[] a, double[] y, double[] mask, int mp) {
        DoubleVector sum = DoubleVector.zero(S);
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector zi = DoubleVector.fromArray(S, z, i), ai = DoubleVector.fromArray(S, a, i);
            DoubleVector big = ai.neg().add(1.0).blend(ai, zi.compare(VectorOperators.GE, 0.0));
            DoubleVector li = zi.max(0.0).sub(zi.mul(DoubleVector.fromArray(S, y, i)))
                    .add(VectorMath.negLogHalfToOne(big));
            sum = li.fma(DoubleVector.fromArray(S, mask, i), sum);
        }
        return VectorMath.sum(sum);
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
     * Adds this chunk's points to the sums of [dW | db]·m = dZ·Âᵀ, shape nOut × cols: entry q = j·cols + k is
     * Σ_i dz[j·mp + i]·in[k·mp + i], kept as four lane sums acc[4q … 4q + 3] (lane r takes the points ≡ r mod 4,
     * in order). The sums carry over from chunk to chunk, so, chunks taken in order, each lane adds the same
     * products in the same order as one sweep over all points. Entries go four at a time (four independent sums
     * in one sweep, so the adds overlap instead of waiting on each other); a short last group repeats its last entry.
     */
    static void accumulate(double[] dz, double[] in, int cols, int nOut, int mp, double[] acc) {
        int last = nOut * cols - 1;
        for (int q = 0; q <= last; q += 4)
            four(dz, in, cols, mp, acc, q, Math.min(q + 1, last), Math.min(q + 2, last), Math.min(q + 3, last));
    }

    /** Entries q0..q3 of {@link #accumulate}; with in's last row 1, dz·1 + s is exactly s + dz (db). */
    private static void four(double[] dz, double[] in, int cols, int mp, double[] acc, int q0, int q1, int q2, int q3) {
        int d0 = q0 / cols * mp, d1 = q1 / cols * mp, d2 = q2 / cols * mp, d3 = q3 / cols * mp;
        int x0 = q0 % cols * mp, x1 = q1 % cols * mp, x2 = q2 % cols * mp, x3 = q3 % cols * mp;
        DoubleVector s0 = DoubleVector.fromArray(S, acc, 4 * q0), s1 = DoubleVector.fromArray(S, acc, 4 * q1);
        DoubleVector s2 = DoubleVector.fromArray(S, acc, 4 * q2), s3 = DoubleVector.fromArray(S, acc, 4 * q3);
        for (int i = 0; i < mp; i += LANES) {
            s0 = DoubleVector.fromArray(S, dz, d0 + i).fma(DoubleVector.fromArray(S, in, x0 + i), s0);
            s1 = DoubleVector.fromArray(S, dz, d1 + i).fma(DoubleVector.fromArray(S, in, x1 + i), s1);
            s2 = DoubleVector.fromArray(S, dz, d2 + i).fma(DoubleVector.fromArray(S, in, x2 + i), s2);
            s3 = DoubleVector.fromArray(S, dz, d3 + i).fma(DoubleVector.fromArray(S, in, x3 + i), s3);
        }
        s3.intoArray(acc, 4 * q3);
        s2.intoArray(acc, 4 * q2);
        s1.intoArray(acc, 4 * q1);
        s0.intoArray(acc, 4 * q0);
    }

    /** [dW | db] from the lane sums: g[q] = ((l0 + l1) + (l2 + l3)) / m, as {@link VectorMath#sum}. */
    static void reduce(double[] acc, double m, double[] g) {
        for (int q = 0; q < g.length; q++)
            g[q] = ((acc[4 * q] + acc[4 * q + 1]) + (acc[4 * q + 2] + acc[4 * q + 3])) / m;
    }
}
