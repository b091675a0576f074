package shallowlab.nn;

/** One forward/backward pass: the cost J and dW[l] (n_l × n_(l-1)), db[l] (n_l) at the given parameters. */
public record Gradients(double cost, double[][][] dW, double[][] db) {
    /** ‖dW[l]‖_F = √(Σ dW[l]_jk²), summed row by row. */
    public double frobenius(int l) { return frobenius(dW[l]); }

    static double frobenius(double[][] m) {
        double s = 0;
        for (double[] row : m) for (double v : row) s = Math.fma(v, v, s);
        return Math.sqrt(s);
    }
}
