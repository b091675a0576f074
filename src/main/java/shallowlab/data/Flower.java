package shallowlab.data;

/**
 * The course's "flower" (planar_utils.load_planar_dataset): N = points/2 per class, a = 4 petals' radius.
 * For class j = 0, 1, in this draw order: t = linspace(3.12·j, 3.12·(j+1), N) + noise·randn(N),
 * r = a·sin(4t) + noise·randn(N); point (r·sin t, r·cos t), label j.
 */
final class Flower {
    private static final double A = 4;

    private Flower() {}

    static Dataset generate(int points, double noise, long seed) {
        NumpyRandom rng = new NumpyRandom(seed);
        int n = points / 2;
        double[] x1 = new double[points], x2 = new double[points];
        int[] label = new int[points];
        for (int j = 0; j < 2; j++) {
            double[] t = Shapes.linspace(3.12 * j, 3.12 * (j + 1), n);
            double[] dt = rng.randn(n);
            for (int i = 0; i < n; i++) t[i] += dt[i] * noise;
            double[] dr = rng.randn(n);
            for (int i = 0; i < n; i++) {
                double r = A * CorrectlyRounded.sin(4 * t[i]) + dr[i] * noise;
                x1[n * j + i] = r * CorrectlyRounded.sin(t[i]);
                x2[n * j + i] = r * CorrectlyRounded.cos(t[i]);
                label[n * j + i] = j;
            }
        }
        return new Dataset(x1, x2, label);
    }
}
