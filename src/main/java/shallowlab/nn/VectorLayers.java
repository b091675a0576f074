package shallowlab.nn;

import static jdk.incubator.vector.VectorOperators.ADD;
import static jdk.incubator.vector.VectorOperators.FMA;
import static jdk.incubator.vector.VectorOperators.MAX;
import static jdk.incubator.vector.VectorOperators.MUL;
import static jdk.incubator.vector.VectorOperators.SUB;
import static shallowlab.nn.VectorMath.HALVES;
import static shallowlab.nn.VectorMath.LANES;
import static shallowlab.nn.VectorMath.R;
import static shallowlab.nn.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * One layer's linear algebra over flat arrays, a vector of points at a time (sums in four lane sums, see
 * {@link VectorMath}). A layer's input is Â = [A; 1]: cols = n_in + 1
 * rows of mp values (row k at offset k·mp), the last row all ones; its parameters are [W | b], n_out rows of cols
 * values (row-major), so b is the last column. Per element, the operations and their order are
 * {@link Network}'s: z = w0·a0, then fma over k (the last step, 1·b + z, is exactly z + b). Operations on the lane
 * sums (vectors of {@link VectorMath#R}) are written {@code lanewise(OP, …)} and stored a lane at a time, so that the
 * kernel also compiles at 512 bits on JDK 17 ({@link VectorMath}'s width says why).
 */
final class VectorLayers {
    private VectorLayers() {}

    /**
     * Z = [W | b]·Â: z[at + j·mp + i] = Σ_k wb[j·cols + k]·in[k·mp + i], shape n_out × mp. Per row and vector of
     * points, in a register: z = w0·a0, then z = fma(a_k, w_k, z) for k = 1 … cols − 1, each point's order as in
     * {@link Network}; so z is stored once (sweeping the points once per k loaded and stored z cols times).
     */
    static void affine(double[] wb, double[] in, int cols, double[] z, int at, int nOut, int mp) {
        if (cols == 3) {
            firstLayer(wb, in, z, at, nOut, mp);
            return;
        }
        for (int j = 0; j < nOut; j++) row(wb, j * cols, in, cols, z, at + j * mp, mp);
    }

    /** Row j of {@link #affine}: [W | b]'s row at wb[row …], into z[out …]. */
    private static void row(double[] wb, int row, double[] in, int cols, double[] z, int out, int mp) {
        DoubleVector w0 = DoubleVector.broadcast(S, wb[row]);
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector zi = DoubleVector.fromArray(S, in, i).mul(w0);
            for (int k = 1; k < cols; k++)
                zi = DoubleVector.fromArray(S, in, k * mp + i).fma(DoubleVector.broadcast(S, wb[row + k]), zi);
            zi.intoArray(z, out + i);
        }
    }

    /**
     * {@link #affine} on two inputs (the first layer): z = w0·x1, fma(x2, w1, z), then z + b (fma(1, b, z) is
     * exactly that), in registers, so each value is stored once.
     */
    private static void firstLayer(double[] wb, double[] in, double[] z, int at, int nOut, int mp) {
        for (int j = 0; j < nOut; j++) {
            int row = 3 * j, out = at + j * mp;
            DoubleVector w0 = DoubleVector.broadcast(S, wb[row]), w1 = DoubleVector.broadcast(S, wb[row + 1]);
            DoubleVector b = DoubleVector.broadcast(S, wb[row + 2]);
            for (int i = 0; i < mp; i += LANES) {
                DoubleVector x2 = DoubleVector.fromArray(S, in, mp + i);
                x2.fma(w1, DoubleVector.fromArray(S, in, i).mul(w0)).add(b).intoArray(z, out + i);
            }
        }
    }

    /**
     * Output unit on points from … from + mp: A = σ(Z), dZ = (A − Y)∘mask (the padding points have mask 0), and
     * e = exp(−|Z|), which σ is computed from, kept for the recorded cost ({@link #crossEntropies}); z, y, mask, a
     * and e hold all points, dz only these (dz[i] is point from + i).
     */
    static void output(double[] z, double[] y, double[] mask, double[] a, double[] e, double[] dz, int from, int mp) {
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector zi = DoubleVector.fromArray(S, z, from + i), ei = VectorMath.expNegAbs(zi);
            ei.intoArray(e, from + i);
            // σ(z) from e as VectorMath.sigmoid, written out: C2 inlines the pass up to a count of nodes, and
            // a helper called past it here was called, not inlined, its vectors boxed (docs/ARCHITECTURE.md).
            DoubleVector numerator = HALVES ? ei.max(zi.mul(0x1p1000).min(1.0))
                    : ei.blend(1.0, zi.compare(VectorOperators.GE, 0.0));
            DoubleVector ai = numerator.div(ei.add(1.0));
            ai.intoArray(a, from + i);
            ai.sub(DoubleVector.fromArray(S, y, from + i)).mul(DoubleVector.fromArray(S, mask, from + i)).intoArray(dz, i);
        }
    }

    /**
     * Each point's cross-entropy into out: max(z, 0) − z·y + log1p(e), e = exp(−|z|) as {@link #output} kept it, as
     * {@link Elementary#crossEntropy}, bit for bit (the sum is left to the caller, in point order). Two loops over
     * arrays, no vector helper of its own: {@link VectorMath#log1p(double[], double[], int)} says why.
     */
    static void crossEntropies(double[] z, double[] e, double[] y, double[] out, int mp) {
        VectorMath.log1p(e, out, mp);
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector zi = DoubleVector.fromArray(S, z, i);
            zi.max(0.0).sub(zi.mul(DoubleVector.fromArray(S, y, i))).add(DoubleVector.fromArray(S, out, i)).intoArray(out, i);
        }
    }

    /** How many of v[from … from + n) are below {@code bound} (a NaN is not), a vector at a time where masks compile. */
    static int countBelow(double[] v, int from, int n, double bound) {
        int count = 0, i = 0;
        for (; !HALVES && i + LANES <= n; i += LANES)   // 128 bits: by the loop below (masks don't compile there)
            count += DoubleVector.fromArray(S, v, from + i).compare(VectorOperators.LT, bound).trueCount();
        for (; i < n; i++) if (v[from + i] < bound) count++;
        return count;
    }

    /** How many of the first m points are classified right: (a > 0.5) = (y = 1). */
    static int correct(double[] a, double[] y, int m) {
        int right = 0, i = 0;
        for (; !HALVES && i + LANES <= m; i += LANES) {   // 128 bits: by the loop below (masks don't compile there)
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
     * Four lane sums, in one vector of {@link VectorMath#R} or two halves.
     */
    static double crossEntropySum(double[] z, double[] a, double[] y, double[] mask, int mp) {
        if (HALVES) {   // one loop per half: two bodies in one loop passed C2's node count, and were not inlined
            double[] lanes = new double[4];
            crossEntropyLanes(z, a, y, mask, mp, lanes, 0);
            crossEntropyLanes(z, a, y, mask, mp, lanes, 2);
            return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
        }
        double[] lanes = new double[4];
        crossEntropyLanes(z, a, y, mask, mp, lanes, 0);
        return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
    }

    /** Lanes half … of {@link #crossEntropySum}'s four lane sums into lanes[half …], in vectors of R (four or two lanes). */
    private static void crossEntropyLanes(double[] z, double[] a, double[] y, double[] mask, int mp, double[] lanes,
                                          int half) {
        DoubleVector sum = DoubleVector.zero(R);
        for (int i = half; i < mp; i += 4)
            sum = crossEntropy(z, a, y, i).lanewise(FMA, DoubleVector.fromArray(R, mask, i), sum);
        store(sum, lanes, half);
    }

    /** Points i … of {@link #crossEntropySum}, one vector of R: max(z, 0) − z·y − log σ(|z|). */
    private static DoubleVector crossEntropy(double[] z, double[] a, double[] y, int i) {
        DoubleVector zi = DoubleVector.fromArray(R, z, i), ai = DoubleVector.fromArray(R, a, i);
        // σ(|z|): a for z ≥ 0 (a ≥ ½ ≥ 1 − a), else 1 − a; so max(a, 1 − a), without a mask, on 128 bits.
        DoubleVector oneMinus = DoubleVector.broadcast(R, 1.0).lanewise(SUB, ai);
        DoubleVector big = HALVES ? ai.lanewise(MAX, oneMinus)
                : oneMinus.blend(ai, zi.compare(VectorOperators.GE, DoubleVector.zero(R)));
        DoubleVector positive = HALVES ? zi.lanewise(MAX, DoubleVector.zero(R)) : MaskFree.positivePart(zi);
        DoubleVector linear = positive.lanewise(SUB, zi.lanewise(MUL, DoubleVector.fromArray(R, y, i)));
        return linear.lanewise(ADD, VectorMath.negLogHalfToOne(big));
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

    /**
     * Entries q0..q3 of {@link #accumulate}; with in's last row 1, dz·1 + s is exactly s + dz (db). The four lane
     * sums of an entry are one vector of {@link VectorMath#R}, or two halves (lanes 0–1, 2–3) where R is 128 bits.
     */
    private static void four(double[] dz, double[] in, int cols, int mp, double[] acc, int q0, int q1, int q2, int q3) {
        int d0 = q0 / cols * mp, d1 = q1 / cols * mp, d2 = q2 / cols * mp, d3 = q3 / cols * mp;
        int x0 = q0 % cols * mp, x1 = q1 % cols * mp, x2 = q2 % cols * mp, x3 = q3 % cols * mp;
        if (HALVES) {
            fourHalves(dz, in, mp, acc, 0, d0, d1, d2, d3, x0, x1, x2, x3, q0, q1, q2, q3);
            fourHalves(dz, in, mp, acc, 2, d0, d1, d2, d3, x0, x1, x2, x3, q0, q1, q2, q3);
            return;
        }
        DoubleVector s0 = DoubleVector.fromArray(R, acc, 4 * q0), s1 = DoubleVector.fromArray(R, acc, 4 * q1);
        DoubleVector s2 = DoubleVector.fromArray(R, acc, 4 * q2), s3 = DoubleVector.fromArray(R, acc, 4 * q3);
        for (int i = 0; i < mp; i += 4) {
            s0 = DoubleVector.fromArray(R, dz, d0 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x0 + i), s0);
            s1 = DoubleVector.fromArray(R, dz, d1 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x1 + i), s1);
            s2 = DoubleVector.fromArray(R, dz, d2 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x2 + i), s2);
            s3 = DoubleVector.fromArray(R, dz, d3 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x3 + i), s3);
        }
        store(s3, acc, 4 * q3);
        store(s2, acc, 4 * q2);
        store(s1, acc, 4 * q1);
        store(s0, acc, 4 * q0);
    }

    /** Lanes half … half + 1 of entries q0..q3's four lane sums, in 128-bit vectors: the points ≡ half, half + 1 mod 4. */
    private static void fourHalves(double[] dz, double[] in, int mp, double[] acc, int half, int d0, int d1, int d2,
                                   int d3, int x0, int x1, int x2, int x3, int q0, int q1, int q2, int q3) {
        DoubleVector s0 = DoubleVector.fromArray(R, acc, 4 * q0 + half), s1 = DoubleVector.fromArray(R, acc, 4 * q1 + half);
        DoubleVector s2 = DoubleVector.fromArray(R, acc, 4 * q2 + half), s3 = DoubleVector.fromArray(R, acc, 4 * q3 + half);
        for (int i = half; i < mp; i += 4) {
            s0 = DoubleVector.fromArray(R, dz, d0 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x0 + i), s0);
            s1 = DoubleVector.fromArray(R, dz, d1 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x1 + i), s1);
            s2 = DoubleVector.fromArray(R, dz, d2 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x2 + i), s2);
            s3 = DoubleVector.fromArray(R, dz, d3 + i).lanewise(FMA, DoubleVector.fromArray(R, in, x3 + i), s3);
        }
        store(s3, acc, 4 * q3 + half);
        store(s2, acc, 4 * q2 + half);
        store(s1, acc, 4 * q1 + half);
        store(s0, acc, 4 * q0 + half);
    }

    /**
     * The backward pass of a network with one hidden layer (n units over two inputs), from dZ[2] (one row) and
     * G = g′(A[1]) (n rows, in {@code gPrime}), as {@link #accumulate} on the output, {@link #backThrough} to the
     * hidden layer and {@link #accumulate} on it would compute it, bit for bit, without storing dZ[1]: per unit k and
     * point, d = (dz·w_k)·G_k (dZ[1]), and the lane sums of dz·a_k (layer 2's dW), d·x1, d·x2 and d (layer 1's
     * [dW | db]; a sum's fma with the row of ones, fma(d, 1, s), is exactly s + d). Layer 2's db, the sum of dz,
     * goes with unit 0. acc1, acc2: layer 1's and layer 2's lane sums; wb2: [W | b] of layer 2.
     */
    static void oneHiddenLayer(double[] dz, double[] a, double[] gPrime, double[] x, double[] wb2, int n, int mp,
                               double[] acc1, double[] acc2) {
        for (int half = 0; half < 4; half += R.length()) {
            for (int k = 0; k < n; k++) hiddenUnit(dz, a, gPrime, x, wb2[k], k, mp, acc1, acc2, half);
            outputBias(dz, mp, acc2, 4 * n + half);
        }
    }

    /** Unit k of {@link #oneHiddenLayer}: lanes half … of its four sums, in vectors of R (all four, or two). */
    private static void hiddenUnit(double[] dz, double[] a, double[] gPrime, double[] x, double w, int k, int mp,
                                   double[] acc1, double[] acc2, int half) {
        int row = k * mp, q = 4 * 3 * k + half;
        DoubleVector wk = DoubleVector.broadcast(R, w);
        DoubleVector sa = DoubleVector.fromArray(R, acc2, 4 * k + half), s1 = DoubleVector.fromArray(R, acc1, q);
        DoubleVector s2 = DoubleVector.fromArray(R, acc1, q + 4), sb = DoubleVector.fromArray(R, acc1, q + 8);
        for (int i = half; i < mp; i += 4) {
            DoubleVector dzi = DoubleVector.fromArray(R, dz, i);
            sa = dzi.lanewise(FMA, DoubleVector.fromArray(R, a, row + i), sa);
            DoubleVector d = dzi.lanewise(MUL, wk).lanewise(MUL, DoubleVector.fromArray(R, gPrime, row + i));
            s1 = d.lanewise(FMA, DoubleVector.fromArray(R, x, i), s1);
            s2 = d.lanewise(FMA, DoubleVector.fromArray(R, x, mp + i), s2);
            sb = sb.lanewise(ADD, d);
        }
        store(sa, acc2, 4 * k + half);
        store(s1, acc1, q);
        store(s2, acc1, q + 4);
        store(sb, acc1, q + 8);
    }

    /** Lanes half … of the four sums of dz (layer 2's db), at acc[at …]. */
    private static void outputBias(double[] dz, int mp, double[] acc, int at) {
        DoubleVector s = DoubleVector.fromArray(R, acc, at);
        for (int i = at % 4; i < mp; i += 4) s = s.lanewise(ADD, DoubleVector.fromArray(R, dz, i));
        store(s, acc, at);
    }

    /**
     * The lane sums into acc[at …], a lane at a time (why not intoArray: docs/ARCHITECTURE.md, "One profile per vector
     * class").
     */
    private static void store(DoubleVector sums, double[] acc, int at) {
        for (int r = 0; r < R.length(); r++) acc[at + r] = sums.lane(r);
    }

    /** [dW | db] from the lane sums: g[q] = ((l0 + l1) + (l2 + l3)) / m, as {@link VectorMath#sum}. */
    static void reduce(double[] acc, double m, double[] g) {
        for (int q = 0; q < g.length; q++)
            g[q] = ((acc[4 * q] + acc[4 * q + 1]) + (acc[4 * q + 2] + acc[4 * q + 3])) / m;
    }
}
