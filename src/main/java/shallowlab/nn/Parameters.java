package shallowlab.nn;

/** Weights and biases: W[l] has n_l rows × n_(l-1) columns, b[l] has n_l entries; l = 0 is the first hidden layer. */
public record Parameters(double[][][] W, double[][] b) {}
