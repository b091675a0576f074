package shallowlab.nn;

import static shallowlab.nn.VectorMath.PAD;

import shallowlab.data.Dataset;

/**
 * The trainer's pass, a vector of points at a time, on flat arrays. Layout: structure of arrays, layer-major; A[l]
 * is n_l rows of mp = m rounded up to a multiple of {@link VectorMath#PAD} (row j at offset j·mp), and for l < L one more row of ones,
 * Â[l] = [A[l]; 1], so that [W | b]·Â is Z and dZ·Âᵀ is [dW | db] ({@link VectorLayers}); A[0] = X. The padding
 * points have mask 0, so dZ[L] = (A[L] − Y)∘mask is 0 there and they add nothing to any gradient. Sums over
 * points run lane-wise, then (lane0 + lane1) + (lane2 + lane3): a fixed order. Element formulas are
 * {@link Network}'s, bit for bit.
 *
 * <p>Cache blocking: the points go in chunks of at most {@code chunk} (a multiple of PAD), each chunk forward and
 * backward through every layer before the next, so the hidden arrays are chunk-sized (Â[l], dZ[l] as above with
 * mp = the chunk's length) and stay in cache; at m = 40,000 and 50 units a whole layer is 16 MB and each sweep
 * streamed from memory. Only X, Z[L], A[L], Y and the mask span all points. The gradient sums carry their four
 * lane sums from chunk to chunk ({@link VectorLayers#accumulate}), so every sum, and so every bit, is the same
 * as in one sweep over all points.
 */
final class VectorKernel {
    static { KernelInlining.ensure(); }   // before this class's first compilation: its steps compiled apart

    /** Points per chunk, a multiple of 4: 50 units' Â and dZ take 0.8 MB (512 to 2,048 measured alike). */
    static final int CHUNK = 1024;
    private final Activation g;
    private final double leak;
    private final int layers, m, mp, chunk;
    /** Whether the backward pass is {@link VectorLayers#oneHiddenLayer}'s fused one (one hidden layer). */
    private final boolean fused;
    private final int[] n;
    /** a[l]: Â[l] of a chunk (n_l + 1 rows); dz[l]: n_l rows of a chunk; wb[l], grad[l]: [W | b], [dW | db] of
     * layer l+1; acc[l]: grad[l]'s four lane sums per entry. */
    private final double[][] a, dz, wb, grad, acc;
    /** All points: X (2 rows), Z[L], A[L], exp(−|Z[L]|), Y, mask; each point's loss at the last {@link #cost()}. */
    private final double[] x, zOut, aOut, eOut, y, mask, losses;
    /** saturated[h]: (unit, point) pairs of hidden layer h+1 with g′ below {@link Activation#saturatedBelow()}. */
    private final long[] saturated;
    private boolean countSaturation;

    VectorKernel(Parameters shape, Activation g, double leak, Dataset data) {
        this(shape, g, leak, data, CHUNK);
    }

    VectorKernel(Parameters shape, Activation g, double leak, Dataset data, int chunkPoints) {
        this(shape, g, leak, data, chunkPoints, true);
    }

    /** With {@code fuse} false, one hidden layer takes the general layer-by-layer pass (the same bits: a test's oracle). */
    VectorKernel(Parameters shape, Activation g, double leak, Dataset data, int chunkPoints, boolean fuse) {
        this.g = g;
        this.leak = leak;
        layers = shape.layers();
        fused = fuse && layers == 2;
        m = data.size();
        mp = (m + PAD - 1) / PAD * PAD;
        chunk = Math.min(Math.max(PAD, chunkPoints / PAD * PAD), mp);
        n = new int[layers + 1];
        n[0] = 2;
        for (int l = 0; l < layers; l++) n[l + 1] = shape.W()[l].length;
        a = new double[layers][];
        dz = new double[layers + 1][];
        wb = new double[layers][];
        grad = new double[layers][];
        acc = new double[layers][];
        for (int l = 0; l < layers; l++) {
            a[l] = new double[(n[l] + 1) * chunk];
            dz[l + 1] = new double[n[l + 1] * chunk];
            wb[l] = new double[n[l + 1] * (n[l] + 1)];
            grad[l] = new double[n[l + 1] * (n[l] + 1)];
            acc[l] = new double[4 * grad[l].length];
        }
        x = padded(data.x1(), data.x2());
        y = padded(java.util.Arrays.stream(data.label()).asDoubleStream().toArray());
        mask = padded(new double[m]);
        java.util.Arrays.fill(mask, 0, m, 1.0);
        saturated = new long[layers - 1];
        zOut = new double[mp];
        aOut = new double[mp];
        eOut = new double[mp];
        losses = new double[mp];
        if (chunk == mp) load(0, mp);
    }

    /** The rows, each padded with zeros to mp values, one after another. */
    private double[] padded(double[]... rows) {
        double[] out = new double[rows.length * mp];
        for (int r = 0; r < rows.length; r++) System.arraycopy(rows[r], 0, out, r * mp, m);
        return out;
    }

    /** Forward and backward at p, chunk after chunk in point order: fills Z[L], A[L], [dW | db]. */
    void pass(Parameters p) { pass(p, false); }

    /** As {@link #pass(Parameters)}; with {@code measure}, also counts the saturated pairs ({@link #saturation()}). */
    void pass(Parameters p, boolean measure) {
        countSaturation = measure && g.saturatedBelow() > 0;
        java.util.Arrays.fill(saturated, 0L);
        for (int l = 0; l < layers; l++) {
            FlatParameters.flatten(p.W()[l], p.b()[l], wb[l]);
            java.util.Arrays.fill(acc[l], 0.0);
        }
        for (int from = 0; from < mp; from += chunk) pass(from, Math.min(chunk, mp - from));
        for (int l = 0; l < layers; l++) VectorLayers.reduce(acc[l], m, grad[l]);
    }

    /** Â[0] = [X; 1] for points from … from + len, and the rows of ones of Â[1…L-1] (row stride len). */
    private void load(int from, int len) {
        System.arraycopy(x, from, a[0], 0, len);
        System.arraycopy(x, mp + from, a[0], len, len);
        for (int l = 0; l < layers; l++) java.util.Arrays.fill(a[l], n[l] * len, (n[l] + 1) * len, 1.0);
    }

    /** Points from … from + len (a multiple of PAD): forward, then dZ·Âᵀ's lane sums; one chunk is loaded once. */
    private void pass(int from, int len) {
        if (len < mp) load(from, len);
        for (int l = 1; l < layers; l++) {
            VectorLayers.affine(wb[l - 1], a[l - 1], n[l - 1] + 1, a[l], 0, n[l], len);
            VectorActivations.apply(g, leak, a[l], n[l] * len);
        }
        VectorLayers.affine(wb[layers - 1], a[layers - 1], n[layers - 1] + 1, zOut, from, 1, len);
        VectorLayers.output(zOut, y, mask, aOut, eOut, dz[layers], from, len);
        if (fused) {
            backwardOneHidden(from, len);
            return;
        }
        for (int l = layers; l >= 1; l--) {
            VectorLayers.accumulate(dz[l], a[l - 1], n[l - 1] + 1, n[l], len, acc[l - 1]);
            if (l == 1) break;
            VectorActivations.derivative(g, leak, a[l - 1], dz[l - 1], n[l - 1] * len);
            // dz[l-1] holds G = g′(A[l-1]) until backThrough multiplies it in: count its saturated pairs here.
            if (countSaturation) saturated[l - 2] += countSaturated(dz[l - 1], n[l - 1], len, Math.min(len, m - from));
            VectorLayers.backThrough(wb[l - 1], n[l - 1] + 1, dz[l], n[l], dz[l - 1], n[l - 1], len);
        }
    }

    /** The backward pass of one hidden layer, fused ({@link VectorLayers#oneHiddenLayer}): the same sums. */
    private void backwardOneHidden(int from, int len) {
        VectorActivations.derivative(g, leak, a[1], dz[1], n[1] * len);
        if (countSaturation) saturated[0] += countSaturated(dz[1], n[1], len, Math.min(len, m - from));
        VectorLayers.oneHiddenLayer(dz[2], a[1], dz[1], a[0], wb[1], n[1], len, acc[0], acc[1]);
    }

    /**
     * Entries below g′'s bound among the first {@code real} points of each of the {@code units} rows (stride len) of
     * G = g′(A), as the backward pass has just computed it (the same values as {@link Activation#derivative}).
     */
    private long countSaturated(double[] gPrime, int units, int len, int real) {
        long count = 0;
        for (int j = 0; j < units; j++) count += VectorLayers.countBelow(gPrime, j * len, real, g.saturatedBelow());
        return count;
    }

    /**
     * Per hidden layer, at the last measuring pass: the share of (unit, point) pairs whose g′ is below a tenth of
     * its maximum, saturated pairs / (n_l · m); 0 for activations that do not saturate.
     */
    double[] saturation() {
        double[] out = new double[layers - 1];
        for (int h = 0; h < out.length; h++) out[h] = (double) saturated[h] / ((long) n[h + 1] * m);
        return out;
    }

    /** J at the last pass to about 2.4e-11, cheap enough for every iteration: the cost envelope's value. */
    double approximateCost() { return VectorLayers.crossEntropySum(zOut, aOut, y, mask, mp) / m; }

    /** J at the last pass: each point's cross-entropy four at a time, summed in index order (as {@link Network#cost}). */
    double cost() {
        VectorLayers.crossEntropies(zOut, eOut, y, losses, mp);
        double s = 0;
        for (int i = 0; i < m; i++) s += losses[i];
        return s / m;
    }

    /** Training accuracy at the last pass: prediction a > 0.5. */
    double accuracy() { return (double) VectorLayers.correct(aOut, y, m) / m; }

    /** ‖dW[l]‖_F per layer (db not included). */
    double[] gradientNorms() {
        double[] out = new double[layers];
        for (int l = 0; l < layers; l++) out[l] = FlatParameters.frobenius(grad[l], n[l] + 1);
        return out;
    }

    /** The last pass's gradients as a record (cost included): dW[l] is n_l × n_(l-1), db[l] has n_l entries. */
    Gradients gradients() {
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = new double[n[l + 1]][];
            b[l] = new double[n[l + 1]];
            FlatParameters.split(grad[l], w[l], b[l]);
        }
        return new Gradients(cost(), w, b);
    }

    /** next = p − α·(dW, db); true when every new value is finite. */
    boolean step(Parameters p, Parameters next, double alpha) {
        boolean finite = true;
        for (int l = 0; l < layers; l++)
            finite &= FlatParameters.step(p.W()[l], p.b()[l], grad[l], alpha, next.W()[l], next.b()[l]);
        return finite;
    }
}
