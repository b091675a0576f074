package shallowlab.data;

/**
 * The generators besides the flower. Point i of class j goes to index j·N + i; per point the draws come in
 * the order written in each method. Trigonometry is StrictMath's, so the data are the same on every JVM.
 */
final class Shapes {
    private Shapes() {}

    /** Class j on a ring of radius 1.5 + 2j: θ = 2π·rand, r = R_j + noise·randn, point (r cos θ, r sin θ). */
    static Dataset circles(int points, double noise, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        Builder d = new Builder(points);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < points / 2; i++) {
                double theta = 2 * Math.PI * rng.rand(), r = 1.5 + 2.0 * j + noise * rng.randn();
                d.add(r * StrictMath.cos(theta), r * StrictMath.sin(theta), j);
            }
        }
        return d.build();
    }

    /** t = linspace(0, π, N); class 0 (cos t, sin t), class 1 (1 − cos t, 0.5 − sin t); ×2.5, centred, + noise·randn. */
    static Dataset moons(int points, double noise, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        Builder d = new Builder(points);
        double[] t = linspace(0, Math.PI, points / 2);
        for (int j = 0; j < 2; j++) {
            for (double ti : t) {
                double x = j == 0 ? StrictMath.cos(ti) : 1 - StrictMath.cos(ti);
                double y = j == 0 ? StrictMath.sin(ti) : 0.5 - StrictMath.sin(ti);
                d.add(2.5 * (x - 0.5) + noise * rng.randn(), 2.5 * (y - 0.25) + noise * rng.randn(), j);
            }
        }
        return d.build();
    }

    /** Blob centres (±2, ±2) alternating per point; offsets 3·rand − 1.5, then + noise·randn, per coordinate. */
    static Dataset xor(int points, double noise, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        Builder d = new Builder(points);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < points / 2; i++) {
                double c1 = i % 2 == 0 ? 2 : -2, c2 = j == 0 ? c1 : -c1;
                double x1 = c1 + 3 * rng.rand() - 1.5, x2 = c2 + 3 * rng.rand() - 1.5;
                d.add(x1 + noise * rng.randn(), x2 + noise * rng.randn(), j);
            }
        }
        return d.build();
    }

    /** Class j around (3j − 1.5, 3j − 1.5) with standard deviation 0.5 + 1.5·noise. */
    static Dataset gaussians(int points, double noise, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        Builder d = new Builder(points);
        double sd = 0.5 + 1.5 * noise;
        for (int j = 0; j < 2; j++) {
            double c = 3.0 * j - 1.5;
            for (int i = 0; i < points / 2; i++) d.add(c + sd * rng.randn(), c + sd * rng.randn(), j);
        }
        return d.build();
    }

    /** s = i/N; r = 0.2 + 3.8·s, φ = 3.5π·s + jπ; point (r sin φ, r cos φ) + noise·randn per coordinate. */
    static Dataset spiral(int points, double noise, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        Builder d = new Builder(points);
        int n = points / 2;
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < n; i++) {
                double s = (double) i / n, r = 0.2 + 3.8 * s, phi = 3.5 * Math.PI * s + j * Math.PI;
                d.add(r * StrictMath.sin(phi) + noise * rng.randn(), r * StrictMath.cos(phi) + noise * rng.randn(), j);
            }
        }
        return d.build();
    }

    /** numpy's linspace(start, stop, n): i·step + start with step = (stop − start)/(n − 1), the last exactly stop. */
    static double[] linspace(double start, double stop, int n) {
        double[] y = new double[n];
        double step = n > 1 ? (stop - start) / (n - 1) : 0;
        for (int i = 0; i < n; i++) y[i] = i * step + start;
        if (n > 1) y[n - 1] = stop;
        return y;
    }

    /** Collects points in order. */
    static final class Builder {
        private final double[] x1, x2;
        private final int[] label;
        private int size;

        Builder(int points) {
            x1 = new double[points];
            x2 = new double[points];
            label = new int[points];
        }

        void add(double a, double b, int y) {
            x1[size] = a;
            x2[size] = b;
            label[size++] = y;
        }

        Dataset build() { return new Dataset(x1, x2, label); }
    }
}
