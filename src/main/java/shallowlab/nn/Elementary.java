package shallowlab.nn;

/**
 * exp, tanh, sigmoid and log1p built only from +, −, ×, ÷, fma and bit operations, so every call gives the
 * same bits, interpreted or compiled (Math.exp may not). {@link VectorKernel} evaluates the same formulas
 * lane by lane, operation for operation.
 */
final class Elementary {
    static final double LOG2E = 0x1.71547652b82fep0, LN2_HI = 0x1.62e42fefa3800p-1, LN2_LO = 0x1.ef35793c76730p-45;
    static final double SHIFT = 0x1.8p52;
    /** expm1(r)/r = Σ r^k/(k+1)!, k = 0..12, highest first (Horner). */
    static final double[] Q = new double[13];

    static {
        double f = 1;
        for (int k = 0; k < 13; k++) {
            f *= k + 1;
            Q[12 - k] = 1 / f;
        }
    }

    private Elementary() {}

    /** exp(x) − 1 for x in [−708, 709]: x = k·ln2 + r, |r| ≤ ln2/2, result 2^k·expm1(r) + (2^k − 1). */
    static double expm1(double x) {
        double kd = x * LOG2E + SHIFT - SHIFT;
        double two = Double.longBitsToDouble(((long) kd + 1023) << 52);
        return Math.fma(two, expm1Reduced(x, kd), two - 1.0);
    }

    /** exp(x) = 2^k·(1 + expm1(r)) with the same reduction; x clamped to [−708, 709]. */
    static double exp(double x) {
        x = Math.min(Math.max(x, -708.0), 709.0);
        double kd = x * LOG2E + SHIFT - SHIFT;
        double two = Double.longBitsToDouble(((long) kd + 1023) << 52);
        return Math.fma(two, expm1Reduced(x, kd), two);
    }

    /**
     * expm1(r) = r·Σ r^k/(k+1)! for r = x − kd·ln2 (ln2 in two parts, each product exact by fma). The sum is
     * split as lo + r^7·hi, lo = Σ_(k<7) and hi = Σ_(k≥7) r^(k−7)/(k+1)!, each by Horner, so the two chains and
     * r^7 = ((r²)²·r²)·r run side by side: 7 dependent fmas instead of 12.
     */
    private static double expm1Reduced(double x, double kd) {
        double r = Math.fma(-kd, LN2_HI, x);
        r = Math.fma(-kd, LN2_LO, r);
        double hi = Q[0], lo = Q[6];
        for (int i = 1; i < 6; i++) hi = Math.fma(hi, r, Q[i]);
        for (int i = 7; i < Q.length; i++) lo = Math.fma(lo, r, Q[i]);
        double r2 = r * r, r7 = r2 * r2 * r2 * r;
        return r * Math.fma(r7, hi, lo);
    }

    /** tanh z = sign(z)·(−u)/(2 + u), u = expm1(−2|z|) (|z| capped at 20, where tanh is 1 in doubles). */
    static double tanh(double z) {
        double u = expm1(Math.max(-2.0 * Math.abs(z), -40.0));
        double t = (0.0 - u) / (2.0 + u);
        return Math.copySign(t, z);
    }

    /** σ(z) = 1/(1 + e) for z ≥ 0, e/(1 + e) otherwise, e = exp(−|z|) (|z| capped at 708). */
    static double sigmoid(double z) {
        double e = exp(-Math.abs(z));
        return (z >= 0 ? 1.0 : e) / (1.0 + e);
    }

    /**
     * log(1 + t) for t in [0, 1]: u = 1 + t = 2^k·f with f in [√½, √2), log u = k·ln2 + 2·atanh(s),
     * s = (f − 1)/(f + 1), plus the rounding correction (t − (u − 1))/u.
     */
    static double log1p(double t) {
        double u = 1.0 + t;
        if (u == 1.0) return t;
        double c = (t - (u - 1.0)) / u;
        int k = 0;
        double f = u;
        if (f > 1.4142135623730951) {
            f *= 0.5;
            k = 1;
        }
        double s = (f - 1.0) / (f + 1.0), z = s * s;
        double p = 1.0 / 25;
        for (int j = 23; j >= 3; j -= 2) p = Math.fma(p, z, 1.0 / j);
        double logf = 2.0 * s + 2.0 * s * z * p;
        return k * LN2_HI + (logf + (c + k * LN2_LO));
    }

    /** One point's cross-entropy from the output pre-activation: max(z, 0) − z·y + log(1 + e^−|z|). */
    static double crossEntropy(double z, double y) {
        return Math.max(z, 0.0) - z * y + log1p(exp(-Math.abs(z)));
    }
}
