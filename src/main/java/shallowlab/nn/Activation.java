package shallowlab.nn;

/**
 * Hidden-layer activations; {@link #key()} is the form value and the link value. Each constant gives
 * a = g(z) and g′ computed from the cached a (tanh′ = 1 − a², σ′ = a(1 − a)); {@code leak} is leaky ReLU's slope.
 */
public enum Activation {
    /** σ(z) = 1/(1 + e^−z), σ′ = a(1 − a). */
    SIGMOID("sigmoid", 0.25) {
        public double apply(double z, double leak) { return Elementary.sigmoid(z); }
        public double derivative(double a, double leak) { return a * (1.0 - a); }
    },
    /** tanh z, tanh′ = 1 − a². */
    TANH("tanh", 1.0) {
        public double apply(double z, double leak) { return Elementary.tanh(z); }
        public double derivative(double a, double leak) { return 1.0 - a * a; }
    },
    /** max(z, 0); derivative 1 where a > 0, else 0 (so ReLU′(0) = 0). */
    RELU("relu", 0.0) {
        public double apply(double z, double leak) { return z > 0 ? z : 0.0; }
        public double derivative(double a, double leak) { return a > 0 ? 1.0 : 0.0; }
    },
    /** z for z > 0, leak·z otherwise; derivative 1 where a > 0, else leak. */
    LEAKY_RELU("leaky_relu", 0.0) {
        public double apply(double z, double leak) { return z > 0 ? z : leak * z; }
        public double derivative(double a, double leak) { return a > 0 ? 1.0 : leak; }
    },
    /** The identity; derivative 1. */
    LINEAR("linear", 0.0) {
        public double apply(double z, double leak) { return z; }
        public double derivative(double a, double leak) { return 1.0; }
    };

    private final String key;
    private final double saturatedBelow;

    /** {@code maxSaturating}: max g′ of a squashing activation (σ′ ≤ 1/4, tanh′ ≤ 1); 0 for those that don't saturate. */
    Activation(String key, double maxSaturating) {
        this.key = key;
        this.saturatedBelow = maxSaturating / 10;
    }

    public String key() { return key; }

    public static Activation fromKey(String key) {
        for (Activation a : values()) if (a.key.equals(key)) return a;
        return null;
    }

    /** Whether g reads the {@code leak} slope: only leaky ReLU does. */
    public boolean usesLeak() { return this == LEAKY_RELU; }

    /**
     * A unit is saturated at a point when g′ there is below a tenth of g′'s maximum: σ′ < 0.025, tanh′ < 0.1
     * (|a| > √0.9). 0 for ReLU, leaky ReLU and linear, which do not saturate: no g′ is below 0.
     */
    public double saturatedBelow() { return saturatedBelow; }

    /** a = g(z). */
    public abstract double apply(double z, double leak);

    /** g′(z) expressed through a = g(z). */
    public abstract double derivative(double a, double leak);
}
