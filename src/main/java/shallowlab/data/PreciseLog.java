package shallowlab.data;

/**
 * The natural logarithm, rounded almost always correctly (like the C library's log that numpy calls), built
 * only from exact IEEE operations so that it is the same on every JVM: x = 2^k·m with m in [√½, √2),
 * log x = k·ln2 + 2·atanh(s), s = (m − 1)/(m + 1), with k·ln2 and s carried in double-double precision.
 */
final class PreciseLog {
    private static final double LN2_HI = 0x1.62e42fefa3800p-1, LN2_LO = 0x1.ef35793c76730p-45;
    private static final double SQRT2 = 1.4142135623730951;

    private PreciseLog() {}

    /** log(x) for a positive normal x. */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int k = (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            k++;
        }
        // s = (m − 1)/(m + 1) as sHi + sLo; m − 1 is exact (Sterbenz), m + 1 = dHi + dLo exactly (two-sum).
        double num = m - 1.0, dHi = m + 1.0;
        double bv = dHi - m, dLo = (m - (dHi - bv)) + (1.0 - bv);
        double sHi = num / dHi;
        double sLo = (Math.fma(-sHi, dHi, num) - sHi * dLo) / dHi;
        double z = sHi * sHi;
        // 2·atanh(s) = 2s + 2s³·(1/3 + s²/5 + s⁴/7 + …); the tail is small enough for plain doubles.
        double p = 1.0 / 27;
        for (int j = 25; j >= 3; j -= 2) p = Math.fma(p, z, 1.0 / j);
        double tail = 2.0 * sHi * z * p;
        double a = k * LN2_HI, b = 2.0 * sHi;       // k·LN2_HI is exact (LN2_HI has 11 trailing zero bits)
        double hi = a + b, bb = hi - a, err = (a - (hi - bb)) + (b - bb);
        return hi + (err + (2.0 * sLo + tail + k * LN2_LO));
    }
}
