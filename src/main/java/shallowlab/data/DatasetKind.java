package shallowlab.data;

/**
 * The data generators a learner can pick; {@link #key()} is the form value and the link value. Every generator
 * draws from a {@link NumpyRandom} seeded with the data seed, class 0 first, and puts class j's points in the
 * index range [j·N, (j+1)·N), N = points/2. Coordinates lie roughly in [−4, 4]; noise 0 gives clean data.
 */
public enum DatasetKind {
    /** The course's flower, see {@link Flower}. */
    FLOWER("flower", Flower::generate),
    /** Rings of radius 1.5 (class 0) and 3.5 (class 1), radius jittered by noise·randn. */
    CIRCLES("circles", Shapes::circles),
    /** Two interleaved half-moons, scaled ×2.5 and centred, coordinates jittered by noise·randn. */
    MOONS("moons", Shapes::moons),
    /** Four blobs centred at (±2, ±2); label 1 where sign(x1) ≠ sign(x2); coordinates jittered by noise·randn. */
    XOR("xor", Shapes::xor),
    /** Two Gaussian blobs at (−1.5, −1.5) and (1.5, 1.5) with standard deviation 0.5 + 1.5·noise. */
    GAUSSIANS("gaussians", Shapes::gaussians),
    /** Two interleaved spirals of 1.75 turns, radius 0.2 … 4, coordinates jittered by noise·randn. */
    SPIRAL("spiral", Shapes::spiral);

    /** A generator of N points per class. */
    interface Generator {
        Dataset generate(int points, double noise, long seed);
    }

    private final String key;
    private final Generator generator;

    DatasetKind(String key, Generator generator) {
        this.key = key;
        this.generator = generator;
    }

    public String key() { return key; }

    /** The kind whose key is {@code key}, or null. */
    public static DatasetKind fromKey(String key) {
        for (DatasetKind k : values()) if (k.key.equals(key)) return k;
        return null;
    }

    /** {@code points} points (half per class), drawn from a generator seeded with {@code seed}. */
    public Dataset generate(int points, double noise, long seed) {
        if (points < 2 || points % 2 != 0) throw new IllegalArgumentException("points must be even and ≥ 2");
        if (!(noise >= 0)) throw new IllegalArgumentException("noise must be ≥ 0");
        return generator.generate(points, noise, seed);
    }
}
