package shallowlab.nn;

/** Weights and biases: W[l] has n_l rows × n_(l-1) columns, b[l] has n_l entries; l = 0 is the first hidden layer. */
public record Parameters(double[][][] W, double[][] b) {
    /** Number of weight layers L (hidden layers + the output). */
    public int layers() { return W.length; }

    /** How many weights and biases: Σ_l n_l·(n_(l−1) + 1). */
    public long count() {
        long count = 0;
        for (int l = 0; l < W.length; l++) count += (long) W[l].length * (W[l][0].length + 1);
        return count;
    }

    /** A deep copy. */
    public Parameters copy() {
        double[][][] w = new double[W.length][][];
        double[][] c = new double[b.length][];
        for (int l = 0; l < W.length; l++) {
            w[l] = new double[W[l].length][];
            for (int j = 0; j < W[l].length; j++) w[l][j] = W[l][j].clone();
            c[l] = b[l].clone();
        }
        return new Parameters(w, c);
    }

    /** True when every weight and bias is finite. */
    public boolean isFinite() {
        for (int l = 0; l < W.length; l++) {
            for (double[] row : W[l]) for (double v : row) if (!Double.isFinite(v)) return false;
            for (double v : b[l]) if (!Double.isFinite(v)) return false;
        }
        return true;
    }
}
