package shallowlab.nn;

import static shallowlab.nn.VectorMath.LANES;
import static shallowlab.nn.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import shallowlab.data.Dataset;

/**
 * The trainer's pass, four points at a time, on flat arrays. Layout: structure of arrays, layer-major; A[l] is
 * n_l rows of mp = m rounded up to a multiple of 4 (row j at offset j·mp), and for l < L one more row of ones,
 * Â[l] = [A[l]; 1], so that [W | b]·Â is Z and dZ·Âᵀ is [dW | db] ({@link VectorLayers}); A[0] = X. The padding
 * points have mask 0, so dZ[L] = (A[L] − Y)∘mask is 0 there and they add nothing to any gradient. Sums over
 * points run lane-wise, then (lane0 + lane1) + (lane2 + lane3): a fixed order. Element formulas are
 * {@link Network}'s, bit for bit.
 */
final class VectorKernel {
    private final Activation g;
    private final double leak;
    private final int layers, m, mp;
    private final int[] n;
    /** a[l]: Â[l] (n_l + 1 rows; A[L] has 1 row); dz[l]: n_l rows; wb[l], grad[l]: [W | b], [dW | db] of layer l+1. */
    private final double[][] a, dz, wb, grad;
    private final double[] zOut, y, mask;

    VectorKernel(Parameters shape, Activation g, double leak, Dataset data) {
        this.g = g;
        this.leak = leak;
        layers = shape.layers();
        m = data.size();
        mp = (m + LANES - 1) / LANES * LANES;
        n = Trainer.sizes(hidden(shape));
        a = new double[layers + 1][];
        dz = new double[layers + 1][];
        wb = new double[layers][];
        grad = new double[layers][];
        for (int l = 0; l < layers; l++) {
            a[l] = new double[(n[l] + 1) * mp];
            java.util.Arrays.fill(a[l], n[l] * mp, (n[l] + 1) * mp, 1.0);
            wb[l] = new double[n[l + 1] * (n[l] + 1)];
            grad[l] = new double[n[l + 1] * (n[l] + 1)];
        }
        a[layers] = new double[mp];
        for (int l = 1; l <= layers; l++) dz[l] = new double[n[l] * mp];
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

    private static int[] hidden(Parameters shape) {
        int[] h = new int[shape.layers() - 1];
        for (int l = 0; l < h.length; l++) h[l] = shape.W()[l].length;
        return h;
    }

    /** Forward and backward at p: fills Â, Z[L], [dW | db]. */
    void pass(Parameters p) {
        for (int l = 0; l < layers; l++) VectorLayers.flatten(p.W()[l], p.b()[l], wb[l]);
        for (int l = 1; l < layers; l++) {
            VectorLayers.affine(wb[l - 1], a[l - 1], n[l - 1] + 1, a[l], n[l], mp);
            VectorActivations.apply(g, leak, a[l], n[l] * mp);
        }
        VectorLayers.affine(wb[layers - 1], a[layers - 1], n[layers - 1] + 1, zOut, 1, mp);
        VectorLayers.output(zOut, y, mask, a[layers], dz[layers], mp);
        for (int l = layers; l >= 1; l--) {
            VectorLayers.gradients(dz[l], a[l - 1], n[l - 1] + 1, n[l], mp, m, grad[l - 1]);
            if (l == 1) break;
            VectorActivations.derivative(g, leak, a[l - 1], dz[l - 1], n[l - 1] * mp);
            VectorLayers.backThrough(wb[l - 1], n[l - 1] + 1, dz[l], n[l], dz[l - 1], n[l - 1], mp);
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

    /** ‖dW[l]‖_F per layer, squares summed row-major with fma (as {@link Gradients#frobenius}); db not included. */
    double[] gradientNorms() {
        double[] out = new double[layers];
        for (int l = 0; l < layers; l++) {
            int cols = n[l] + 1;
            double s = 0;
            for (int q = 0; q < grad[l].length; q++) if (q % cols != cols - 1) s = Math.fma(grad[l][q], grad[l][q], s);
            out[l] = Math.sqrt(s);
        }
        return out;
    }

    /** The last pass's gradients as a record (cost included): dW[l] is n_l × n_(l-1), db[l] has n_l entries. */
    Gradients gradients() {
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int cols = n[l] + 1;
            w[l] = new double[n[l + 1]][];
            b[l] = new double[n[l + 1]];
            for (int j = 0; j < n[l + 1]; j++) {
                w[l][j] = java.util.Arrays.copyOfRange(grad[l], j * cols, j * cols + cols - 1);
                b[l][j] = grad[l][j * cols + cols - 1];
            }
        }
        return new Gradients(cost(), w, b);
    }

    /** next = p − α·(dW, db); true when every new value is finite. */
    boolean step(Parameters p, Parameters next, double alpha) {
        boolean finite = true;
        for (int l = 0; l < layers; l++) {
            int cols = n[l] + 1;
            double[] d = grad[l];
            for (int j = 0; j < n[l + 1]; j++) {
                double[] pw = p.W()[l][j], nw = next.W()[l][j];
                for (int k = 0; k < cols - 1; k++) finite &= Double.isFinite(nw[k] = pw[k] - alpha * d[j * cols + k]);
                finite &= Double.isFinite(next.b()[l][j] = p.b()[l][j] - alpha * d[j * cols + cols - 1]);
            }
        }
        return finite;
    }
}
