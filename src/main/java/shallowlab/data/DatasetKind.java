package shallowlab.data;

/** The data generators a learner can pick; {@link #key()} is the form value and the link value. */
public enum DatasetKind {
    FLOWER("flower"), CIRCLES("circles"), MOONS("moons"), XOR("xor"), GAUSSIANS("gaussians"), SPIRAL("spiral");

    private final String key;

    DatasetKind(String key) { this.key = key; }

    public String key() { return key; }

    /** The kind whose key is {@code key}, or null. */
    public static DatasetKind fromKey(String key) {
        for (DatasetKind k : values()) if (k.key.equals(key)) return k;
        return null;
    }

    /** {@code points} points (half per class), drawn from a generator seeded with {@code seed}. */
    public Dataset generate(int points, double noise, long seed) {
        throw new UnsupportedOperationException("TODO engine");
    }
}
