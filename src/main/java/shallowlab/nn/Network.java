package shallowlab.nn;

/** Forward propagation with given parameters. */
public final class Network {
    private Network() {}

    /** The output a = σ(z[L]) for each point (x1[i], x2[i]). */
    public static double[] predict(Parameters p, Activation activation, double leak, double[] x1, double[] x2) {
        throw new UnsupportedOperationException("TODO engine");
    }
}
