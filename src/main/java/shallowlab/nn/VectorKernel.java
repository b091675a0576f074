package shallowlab.nn;

import static shallowlab.nn.VectorMath.LANES;
import static shallowlab.nn.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import shallowlab.data.Dataset;

/**
 * The trainer's pass, four points at a time. Layout: structure of arrays, layer-major; A[l] is n_l rows of
 * mp = m rounded up to a multiple of 4 (row j at offset j·mp); A[0] = X. The padding points have mask 0, so
 * dZ[L] = (A[L] − Y)∘mask is 0 there and they add nothing to any gradient. Sums over points run lane-wise,
 * then (lane0 + lane1) + (lane2 + lane3): a fixed order. Element formulas are {@link Network}'s, bit for bit.
 */
final class VectorKernel {
    private final Activation g;
    private final double leak;
    private final int layers, m, mp;
    private final int[] n;
    private final double[][] a, dz, dW, db;
    private final double[] zOut, y, mask;

    VectorKernel(Parameters shape, Activation g, double leak, Dataset data) {
        this.g = g;
        this.leak = leak;
        layers = shape.layers();
        m = data.size();
        mp = (m + LANES - 1) / LANES * LANES;
        n = new int[layers + 1];
        n[0] = 2;
        for (int l = 0; l < layers; l++) n[l + 1] = shape.W()[l].length;
        a = new double[layers + 1][];
        dz = new double[layers + 1][];
        dW = new double[layers][];
        db = new double[layers][];
        for (int l = 0; l <= layers; l++) a[l] = new double[n[l] * mp];
        for (int l = 1; l <= layers; l++) dz[l] = new double[n[l] * mp];
        for (int l = 0; l < layers; l++) dW[l] = new double[n[l + 1] * n[l]];
        for (int l = 0; l < layers; l++) db[l] = new double[n[l + 1]];
        zOut = new double[mp];
        y = new double[mp];
        mask = new double[mp];
        System.arraycopy(data.x1(), 0, a[0], 0, m);
        System.arraycopy(data.x2(), 0, a[0], mp, m);
        for (int i = 0; i < m; i++) {
            y[i] = data.label()[i];
            mask[i] = 1.0;
        }
    }

    /** Forward and backward at p: fills A, Z[L], dW, db. */
    void pass(Parameters p) {
        for (int l = 1; l <= layers; l++) forward(p.W()[l - 1], p.b()[l - 1], l);
        double[] out = a[layers], d = dz[layers];
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector ai = DoubleVector.fromArray(S, out, i), yi = DoubleVector.fromArray(S, y, i);
            ai.sub(yi).mul(DoubleVector.fromArray(S, mask, i)).intoArray(d, i);
        }
        for (int l = layers; l >= 1; l--) {
            gradients(l);
            if (l > 1) backThrough(p.W()[l - 1], l);
        }
    }

    /** Z[l] = W[l]·A[l-1] + b[l] (z = w0·a0, then fma over k, then + b), A[l] = g(Z[l]) or σ for the output. */
    private void forward(double[][] w, double[] b, int l) {
        double[] in = a[l - 1], out = a[l];
        for (int j = 0; j < n[l]; j++) {
            for (int i = 0; i < mp; i += LANES) {
                DoubleVector z = preActivation(w[j], b[j], in, i);
                if (l < layers) {
                    VectorMath.apply(g, z, leak).intoArray(out, j * mp + i);
                } else {
                    z.intoArray(zOut, i);
                    VectorMath.sigmoid(z).intoArray(out, i);
                }
            }
        }
    }

    /** z = w0·a0[i..i+3] + Σ_k≥1 w_k·a_k (fma), + b. */
    private DoubleVector preActivation(double[] wj, double bj, double[] in, int i) {
        DoubleVector z = DoubleVector.fromArray(S, in, i).mul(wj[0]);
        for (int k = 1; k < wj.length; k++) z = DoubleVector.fromArray(S, in, k * mp + i).fma(DoubleVector.broadcast(S, wj[k]), z);
        return z.add(bj);
    }

    /** dW[l]_jk = Σ_i dZ[l]_ji·A[l-1]_ki / m (n_l × n_(l-1)); db[l]_j = Σ_i dZ[l]_ji / m. */
    private void gradients(int l) {
        double[] d = dz[l], in = a[l - 1], w = dW[l - 1];
        int cols = n[l - 1];
        for (int j = 0; j < n[l]; j++) {
            for (int k = 0; k < cols; k++) {
                DoubleVector acc = DoubleVector.zero(S);
                for (int i = 0; i < mp; i += LANES)
                    acc = DoubleVector.fromArray(S, d, j * mp + i).fma(DoubleVector.fromArray(S, in, k * mp + i), acc);
                w[j * cols + k] = VectorMath.sum(acc) / m;
            }
            DoubleVector acc = DoubleVector.zero(S);
            for (int i = 0; i < mp; i += LANES) acc = acc.add(DoubleVector.fromArray(S, d, j * mp + i));
            db[l - 1][j] = VectorMath.sum(acc) / m;
        }
    }

    /** dZ[l-1]_k = (Σ_j W[l]_jk·dZ[l]_j) ∘ g′(A[l-1]_k) (w0·dz0, then fma over j). */
    private void backThrough(double[][] w, int l) {
        double[] d = dz[l], prev = dz[l - 1], act = a[l - 1];
        for (int k = 0; k < n[l - 1]; k++) {
            for (int i = 0; i < mp; i += LANES) {
                DoubleVector s = DoubleVector.fromArray(S, d, i).mul(w[0][k]);
                for (int j = 1; j < n[l]; j++) s = DoubleVector.fromArray(S, d, j * mp + i).fma(DoubleVector.broadcast(S, w[j][k]), s);
                DoubleVector gd = VectorMath.derivative(g, DoubleVector.fromArray(S, act, k * mp + i), leak);
                s.mul(gd).intoArray(prev, k * mp + i);
            }
        }
    }

    /** J at the last pass, summed over the real points in index order (as {@link Network#cost}). */
    double cost() {
        double s = 0;
        for (int i = 0; i < m; i++) s += Elementary.crossEntropy(zOut[i], y[i]);
        return s / m;
    }

    /** Training accuracy at the last pass: prediction a > 0.5. */
    double accuracy() {
        int right = 0;
        for (int i = 0; i < m; i++) if ((a[layers][i] > 0.5) == (y[i] == 1.0)) right++;
        return (double) right / m;
    }

    /** ‖dW[l]‖_F per layer, squares summed row-major with fma (as {@link Gradients#frobenius}). */
    double[] gradientNorms() {
        double[] out = new double[layers];
        for (int l = 0; l < layers; l++) {
            double s = 0;
            for (double v : dW[l]) s = Math.fma(v, v, s);
            out[l] = Math.sqrt(s);
        }
        return out;
    }

    /** The last pass's gradients as a record (cost included). */
    Gradients gradients() {
        double[][][] w = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            w[l] = new double[n[l + 1]][];
            for (int j = 0; j < n[l + 1]; j++) w[l][j] = java.util.Arrays.copyOfRange(dW[l], j * n[l], (j + 1) * n[l]);
        }
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) b[l] = db[l].clone();
        return new Gradients(cost(), w, b);
    }

    /** next = p − α·(dW, db); true when every new value is finite. */
    boolean step(Parameters p, Parameters next, double alpha) {
        boolean finite = true;
        for (int l = 0; l < layers; l++) {
            int cols = n[l];
            for (int j = 0; j < n[l + 1]; j++) {
                double[] pw = p.W()[l][j], nw = next.W()[l][j];
                for (int k = 0; k < cols; k++) finite &= Double.isFinite(nw[k] = pw[k] - alpha * dW[l][j * cols + k]);
                finite &= Double.isFinite(next.b()[l][j] = p.b()[l][j] - alpha * db[l][j]);
            }
        }
        return finite;
    }
}
