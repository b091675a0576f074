package shallowlab.nn;

/** Weight initialisation schemes (biases always start at 0); {@link #key()} is the form and link value. */
public enum Initializer {
    RANDOM("random"), ZEROS("zeros"), CONSTANT("constant"), XAVIER("xavier"), HE("he");

    private final String key;

    Initializer(String key) { this.key = key; }

    public String key() { return key; }

    public static Initializer fromKey(String key) {
        for (Initializer i : values()) if (i.key.equals(key)) return i;
        return null;
    }
}
