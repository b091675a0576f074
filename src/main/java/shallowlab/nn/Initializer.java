package shallowlab.nn;

import shallowlab.data.NumpyRandom;

/**
 * Weight initialisation schemes (biases always start at 0); {@link #key()} is the form and link value.
 * Weights are drawn layer by layer, W[l] = randn(n_l, n_(l-1)) row by row, from one generator seeded with the
 * init seed (numpy's {@code np.random.seed(s)}), then multiplied by the scheme's factor.
 */
public enum Initializer {
    /** randn · initScale (the course's randn · 0.01). */
    RANDOM("random", true),
    /** every weight 0: all hidden units stay identical. */
    ZEROS("zeros", false),
    /** every weight initScale: all hidden units stay identical. */
    CONSTANT("constant", true),
    /** randn · √(1/n_in). */
    XAVIER("xavier", false),
    /** randn · √(2/n_in). */
    HE("he", false);

    private final String key;
    private final boolean usesScale;

    Initializer(String key, boolean usesScale) {
        this.key = key;
        this.usesScale = usesScale;
    }

    /** Whether the scheme reads {@code initScale} (random's factor, constant's value); the others set their own. */
    public boolean usesScale() { return usesScale; }

    /** Whether the weights are drawn at random, so that the init seed changes them (zeros and constant: never). */
    public boolean drawsAtRandom() { return this != ZEROS && this != CONSTANT; }

    public String key() { return key; }

    public static Initializer fromKey(String key) {
        for (Initializer i : values()) if (i.key.equals(key)) return i;
        return null;
    }

    /** Parameters for layer sizes {@code sizes} = [n_0 = 2, hidden…, 1]; biases are 0. */
    public Parameters initial(int[] sizes, double scale, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        int layers = sizes.length - 1;
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int rows = sizes[l + 1], cols = sizes[l];
            w[l] = new double[rows][cols];
            b[l] = new double[rows];
            for (double[] row : w[l]) for (int k = 0; k < cols; k++) row[k] = weight(rng, cols, scale);
        }
        return new Parameters(w, b);
    }

    /** One weight; a new constant must be added here to compile (no default). */
    private double weight(NumpyRandom rng, int fanIn, double scale) {
        return switch (this) {
            case RANDOM -> rng.randn() * scale;
            case ZEROS -> 0.0;
            case CONSTANT -> scale;
            case XAVIER -> rng.randn() * Math.sqrt(1.0 / fanIn);
            case HE -> rng.randn() * Math.sqrt(2.0 / fanIn);
        };
    }
}
