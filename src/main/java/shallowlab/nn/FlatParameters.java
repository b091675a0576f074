package shallowlab.nn;

/**
 * One layer's parameters as the kernel holds them: [W | b], n_out rows of cols = n_in + 1 values (row-major), so
 * b is the last column; the gradient [dW | db] has the same shape.
 */
final class FlatParameters {
    private FlatParameters() {}

    /** [W | b] from W (n_out × n_in) and b (n_out). */
    static void flatten(double[][] w, double[] b, double[] wb) {
        int cols = w[0].length + 1;
        for (int j = 0; j < w.length; j++) {
            System.arraycopy(w[j], 0, wb, j * cols, cols - 1);
            wb[j * cols + cols - 1] = b[j];
        }
    }

    /** W (n_out × n_in) and b (n_out) from [W | b]; w's rows are new arrays. */
    static void split(double[] wb, double[][] w, double[] b) {
        int cols = wb.length / b.length;
        for (int j = 0; j < b.length; j++) {
            w[j] = java.util.Arrays.copyOfRange(wb, j * cols, j * cols + cols - 1);
            b[j] = wb[j * cols + cols - 1];
        }
    }

    /** ‖W‖_F of [W | b] (b not included), squares summed row-major with fma (as {@link Gradients#frobenius}). */
    static double frobenius(double[] wb, int cols) {
        double s = 0;
        for (int q = 0; q < wb.length; q++) if (q % cols != cols - 1) s = Math.fma(wb[q], wb[q], s);
        return Math.sqrt(s);
    }

    /** nw = w − α·dW, nb = b − α·db from d = [dW | db]; true when every new value is finite. */
    static boolean step(double[][] w, double[] b, double[] d, double alpha, double[][] nw, double[] nb) {
        int cols = d.length / b.length;
        boolean finite = true;
        for (int j = 0; j < b.length; j++) {
            for (int k = 0; k < cols - 1; k++) finite &= Double.isFinite(nw[j][k] = w[j][k] - alpha * d[j * cols + k]);
            finite &= Double.isFinite(nb[j] = b[j] - alpha * d[j * cols + cols - 1]);
        }
        return finite;
    }
}
