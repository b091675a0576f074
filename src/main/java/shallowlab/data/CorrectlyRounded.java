package shallowlab.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * log, sin and cos rounded to the nearest double, as a correctly rounded C library returns them (glibc's agree
 * on all but about one argument in 400–1500). Built only from exact IEEE operations, so every JVM and JIT tier
 * gives the same bits: each function evaluates its result as a {@link DoubleDouble} with a relative error of
 * about 2^-100 and rounds hi + lo once, which is the correctly rounded double unless the exact value lies
 * within that error of a midpoint between two doubles — never seen, and about 2^-47 likely per call.
 */
final class CorrectlyRounded {
    /** ln 2 in three words (≈ 160 bits). */
    private static final DoubleDouble LN2 = new DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    private static final double LN2_3 = 0x1.7b57a079a1934p-111;
    /** π/2 in four words (≈ 215 bits), 2/π and π/4 rounded. */
    private static final double PIO2_1 = 0x1.921fb54442d18p+0, PIO2_2 = 0x1.1a62633145c07p-54,
            PIO2_3 = -0x1.f1976b7ed8fbcp-110, PIO2_4 = 0x1.4cf98e804177dp-164;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1, PI_4 = PIO2_1 / 2;
    private static final double SQRT2 = 1.4142135623730951, MEDIUM = 0x1p20;

    /** 1/(2j+1), j = 0..21: the series of atanh(s)/s in s² up to s⁴⁴ ≈ 2^-112 (|s| ≤ 0.1716). */
    private static final DoubleDouble[] ATANH = new DoubleDouble[22];
    /** (−1)^k/(2k+1)! and (−1)^k/(2k)!, k = 0..14: sin(r)/r and cos(r) in r² up to r²⁸ ≈ 2^-112 (|r| ≤ π/4). */
    private static final DoubleDouble[] SIN = new DoubleDouble[15], COS = new DoubleDouble[15];

    static {
        for (int j = 0; j < ATANH.length; j++) ATANH[j] = DoubleDouble.of(1).div(2 * j + 1);
        DoubleDouble f = DoubleDouble.of(1);                      // 1/n!, divided exactly-ish term by term
        for (int n = 0; n < 2 * SIN.length; n++) {
            if (n > 0) f = f.div(n);
            DoubleDouble signed = (n / 2) % 2 == 0 ? f : f.negate();
            if (n % 2 == 0) COS[n / 2] = signed;
            else SIN[n / 2] = signed;
        }
    }

    private CorrectlyRounded() {}

    /** The natural logarithm: x = 2^k·m, m in (√½, √2], log x = k·ln2 + 2·atanh(s), s = (m − 1)/(m + 1). */
    static double log(double x) {
        if (!(x > 0)) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        if (x == Double.POSITIVE_INFINITY) return x;
        int k = 0;
        if (x < Double.MIN_NORMAL) {                              // subnormal: scale into the normal range
            x *= 0x1p54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            k++;
        }
        // m − 1 is exact (Sterbenz); m + 1 = d exactly; s = q + (m − 1 − q·d)/d, where m − 1 − q·d.hi is exact.
        double num = m - 1;
        DoubleDouble d = DoubleDouble.twoSum(m, 1);
        double q = num / d.hi();
        DoubleDouble s = DoubleDouble.fastTwoSum(q, (Math.fma(-q, d.hi(), num) - q * d.lo()) / d.hi());
        DoubleDouble logM = s.mul(series(ATANH, s.mul(s), 11)).mul(2);
        return LN2.mul(k).add(k * LN2_3).add(logM).value();
    }

    /** sin x = −sin(−x); for x ≥ 0 the reduced argument's quadrant picks ±sin r or ±cos r. */
    static double sin(double x) {
        if (x == 0) return x;                                     // keeps the sign of −0
        double y = quadrant(Math.abs(x), 0);
        return x < 0 ? -y : y;
    }

    /** cos x = cos(−x) = sin(|x| + π/2). */
    static double cos(double x) { return quadrant(Math.abs(x), 1); }

    /** sin(a + offset·π/2) for a ≥ 0: with a = n·π/2 + r, |r| ≤ π/4, by (n + offset) mod 4: sin r, cos r, −sin r, −cos r. */
    private static double quadrant(double a, int offset) {
        if (!(a < Double.POSITIVE_INFINITY)) return Double.NaN;
        long n;
        DoubleDouble r;
        if (a <= PI_4) {
            n = 0;
            r = DoubleDouble.of(a);
        } else if (a < MEDIUM) {
            // Cody–Waite: a − n·P1 is exact (Sterbenz), n·P2 and n·P3 exact as two-products; n < 2^20.
            double nd = Math.rint(a * TWO_OVER_PI);
            DoubleDouble p1 = DoubleDouble.twoProd(nd, PIO2_1);
            r = DoubleDouble.twoSum(a - p1.hi(), -p1.lo()).add(DoubleDouble.twoProd(-nd, PIO2_2))
                    .add(DoubleDouble.twoProd(-nd, PIO2_3)).add(-nd * PIO2_4);
            n = (long) nd;
        } else {
            BigDecimal[] nr = Huge.reduce(a);
            n = nr[0].toBigInteger().and(BigInteger.valueOf(3)).longValue();
            double hi = nr[1].doubleValue();
            r = new DoubleDouble(hi, nr[1].subtract(new BigDecimal(hi)).doubleValue());
        }
        DoubleDouble z = r.mul(r);
        int q = (int) ((n + offset) & 3);
        double y = ((q & 1) == 0 ? r.mul(series(SIN, z, 9)) : series(COS, z, 9)).value();
        return q >= 2 ? -y : y;
    }

    /**
     * Σ c[i]·z^i by Horner's rule: the terms from i = exact on in plain doubles (they add up to less than 2^-54
     * of the sum: z ≤ 2^-5 with c[11] = 1/23 for log, z ≤ 0.62 with c[9] ≤ 1/18! for sin and cos), the rest in
     * double-double.
     */
    private static DoubleDouble series(DoubleDouble[] c, DoubleDouble z, int exact) {
        double tail = c[c.length - 1].hi();
        for (int i = c.length - 2; i >= exact; i--) tail = Math.fma(tail, z.hi(), c[i].hi());
        DoubleDouble p = DoubleDouble.of(tail);
        for (int i = exact - 1; i >= 0; i--) p = p.mul(z).add(c[i]);
        return p;
    }

    /** Exact reduction for |a| ≥ 2^20 with π to 420 digits (Machin's formula), computed on first use only. */
    private static final class Huge {
        private static final MathContext MC = new MathContext(420, RoundingMode.HALF_EVEN);
        private static final BigDecimal HALF_PI = arctanOfInverse(5).multiply(BigDecimal.valueOf(8))
                .subtract(arctanOfInverse(239).multiply(BigDecimal.valueOf(2)), MC);

        /** {n, r} with a = n·π/2 + r, n the nearest integer to a/(π/2); r good to ≈ 2^-250 relative. */
        static BigDecimal[] reduce(double a) {
            BigDecimal x = new BigDecimal(a);
            BigDecimal n = x.divide(HALF_PI, MC).setScale(0, RoundingMode.HALF_EVEN);
            return new BigDecimal[] {n, x.subtract(n.multiply(HALF_PI))};
        }

        /** atan(1/k) = Σ (−1)^i / ((2i+1)·k^(2i+1)). */
        private static BigDecimal arctanOfInverse(int k) {
            BigDecimal sum = BigDecimal.ZERO, power = BigDecimal.ONE.divide(BigDecimal.valueOf(k), MC);
            BigDecimal k2 = BigDecimal.valueOf((long) k * k), eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
            for (int i = 0; power.compareTo(eps) > 0; i++) {
                BigDecimal term = power.divide(BigDecimal.valueOf(2L * i + 1), MC);
                sum = i % 2 == 0 ? sum.add(term, MC) : sum.subtract(term, MC);
                power = power.divide(k2, MC);
            }
            return sum;
        }
    }
}
