package shallowlab.nn;

/** Hidden-layer activations; {@link #key()} is the form value and the link value. */
public enum Activation {
    SIGMOID("sigmoid"), TANH("tanh"), RELU("relu"), LEAKY_RELU("leaky_relu"), LINEAR("linear");

    private final String key;

    Activation(String key) { this.key = key; }

    public String key() { return key; }

    public static Activation fromKey(String key) {
        for (Activation a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
