package shallowlab.data;

/**
 * A generator bit-compatible with numpy's legacy {@code np.random.seed(s)}, {@code np.random.rand()} and
 * {@code np.random.randn()}: MT19937 seeded like {@code init_genrand} (numpy's path for an integer seed),
 * 53-bit uniform doubles, and the polar Box–Muller "gauss" that caches its second value.
 */
public final class NumpyRandom {
    private static final int N = 624, M = 397;
    private static final int UPPER = 0x80000000, LOWER = 0x7fffffff, MATRIX_A = 0x9908b0df;

    private final int[] mt = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /** Seeds like {@code np.random.seed(seed)}; {@code seed} in 0 .. 2^32-1. */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > 0xffffffffL) throw new IllegalArgumentException("seed must be in 0 .. 2^32-1");
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The next raw 32-bit output (tempered), as an unsigned value in an int. */
    public int nextInt32() {
        if (pos == N) twist();
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
            mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        pos = 0;
    }

    /** Uniform on [0, 1) with 53 random bits: (a·2^26 + b) / 2^53, a = next >> 5, b = next >> 6. */
    public double rand() {
        long a = (nextInt32() >>> 5) & 0xffffffffL, b = (nextInt32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** Standard normal, numpy's {@code legacy_gauss}: polar method, the second value kept for the next call. */
    public double randn() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * rand() - 1.0;
            x2 = 2.0 * rand() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * CorrectlyRounded.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** n draws of {@link #randn()}, like {@code np.random.randn(n)}. */
    public double[] randn(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = randn();
        return out;
    }
}
