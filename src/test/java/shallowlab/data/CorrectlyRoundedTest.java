package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** log, sin and cos against values computed to 60 digits with BigDecimal and rounded once (doubleValue rounds correctly). */
class CorrectlyRoundedTest {
    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final MathContext WIDE = new MathContext(450, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(BigDecimal.valueOf(2));
    /** π/2 = 8·atan(1/5) − 2·atan(1/239), to 450 digits so that even |x| near 2^1024 reduces exactly enough. */
    private static final BigDecimal HALF_PI = atanInverse(5).multiply(BigDecimal.valueOf(8))
            .subtract(atanInverse(239).multiply(BigDecimal.valueOf(2)), WIDE);

    @Test
    void logOfRandomArgumentsIsCorrectlyRounded() {
        SplittableRandom rnd = new SplittableRandom(20240601);
        for (int i = 0; i < 1000; i++) {                                     // 3000 arguments
            checkLog(rnd.nextDouble());                                       // like randn's r² in (0, 1)
            checkLog(Double.longBitsToDouble(rnd.nextLong(0x7ff0000000000000L)) ); // any positive finite double
            checkLog(1 + (rnd.nextDouble() - 0.5) * 0x1p-20);                 // near 1, where log x is small
        }
    }

    @Test
    void logAtOnePowersOfTwoSubnormalsAndSpecialValues() {
        assertBits(0.0, CorrectlyRounded.log(1.0));
        for (int k = -1074; k <= 1023; k++) checkLog(Math.scalb(1.0, k));
        for (double x : new double[] {Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL / 3,
                Math.nextDown(Double.MIN_NORMAL), Double.MIN_NORMAL, Double.MAX_VALUE, Math.nextDown(1.0),
                Math.nextUp(1.0), Math.sqrt(2), Math.nextUp(Math.sqrt(2)), Math.sqrt(0.5), Math.E, 10}) checkLog(x);
        assertBits(Double.NEGATIVE_INFINITY, CorrectlyRounded.log(0.0));
        assertBits(Double.NEGATIVE_INFINITY, CorrectlyRounded.log(-0.0));
        assertBits(Double.POSITIVE_INFINITY, CorrectlyRounded.log(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(CorrectlyRounded.log(-1.0)));
        assertTrue(Double.isNaN(CorrectlyRounded.log(Double.NEGATIVE_INFINITY)));
        assertTrue(Double.isNaN(CorrectlyRounded.log(Double.NaN)));
    }

    @Test
    void sinAndCosOfRandomArgumentsAreCorrectlyRounded() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 700; i++) {                                      // 2100 arguments
            checkSinCos((rnd.nextDouble() - 0.5) * 80);                       // the flower's range, |x| ≲ 30
            checkSinCos(Math.scalb(rnd.nextDouble(), -rnd.nextInt(60)));      // small
            checkSinCos((rnd.nextDouble() - 0.5) * 0x1p24);                   // across the 2^20 switch of reduction
        }
        for (int i = 0; i < 50; i++) checkSinCos(Double.longBitsToDouble(rnd.nextLong(0x7ff0000000000000L)));
    }

    @Test
    void sinAndCosNearZeroAndMultiplesOfHalfPi() {
        assertBits(0.0, CorrectlyRounded.sin(0.0));
        assertBits(-0.0, CorrectlyRounded.sin(-0.0));
        assertBits(1.0, CorrectlyRounded.cos(0.0));
        assertBits(1.0, CorrectlyRounded.cos(-0.0));
        for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-26, 0x1.6a09e667f3bcdp-27, 1e-8})
            checkSinCos(x);
        for (int n = -64; n <= 64; n++) {                                     // ±π/2, ±π, … and their neighbours
            double x = n * (Math.PI / 2);
            for (int k = 0; k < 40; k++) {
                checkSinCos(x);
                if (x != 0) checkSinCos(-x);                                  // BigDecimal has no −0
                x = Math.nextUp(x);
            }
        }
        checkSinCos(1e22);                                                    // a classic hard reduction
        assertBits(-0.8522008497671888, CorrectlyRounded.sin(1e22));
        checkSinCos(Double.MAX_VALUE);
        for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertTrue(Double.isNaN(CorrectlyRounded.sin(x)));
            assertTrue(Double.isNaN(CorrectlyRounded.cos(x)));
        }
    }

    private static void checkLog(double x) {
        assertBits(refLog(x), CorrectlyRounded.log(x), "log " + Double.toHexString(x));
    }

    private static void checkSinCos(double x) {
        BigDecimal[] nr = reduce(x);
        int q = nr[0].toBigInteger().mod(java.math.BigInteger.valueOf(4)).intValue();
        BigDecimal s = sinSeries(nr[1]), c = cosSeries(nr[1]);
        BigDecimal[] sinByQuadrant = {s, c, s.negate(), c.negate()};
        assertBits(sinByQuadrant[q].doubleValue(), CorrectlyRounded.sin(x), "sin " + Double.toHexString(x));
        assertBits(sinByQuadrant[(q + 1) % 4].doubleValue(), CorrectlyRounded.cos(x), "cos " + Double.toHexString(x));
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    private static void assertBits(double expected, double actual) { assertBits(expected, actual, ""); }

    /** log x = k·ln2 + 2·atanh((m − 1)/(m + 1)) with x = m·2^k exactly, m in [1, 2). */
    private static double refLog(double x) {
        int k = Math.getExponent(x) == Double.MIN_EXPONENT - 1 ? Math.getExponent(x * 0x1p60) - 60 : Math.getExponent(x);
        BigDecimal m = new BigDecimal(Math.scalb(x, -k));                     // exact: m is in [1, 2)
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        return LN2.multiply(BigDecimal.valueOf(k)).add(atanh(s).multiply(BigDecimal.valueOf(2)), MC).doubleValue();
    }

    private static BigDecimal atanh(BigDecimal s) {
        BigDecimal sum = BigDecimal.ZERO, power = s, s2 = s.multiply(s, MC);
        for (int i = 0; power.signum() != 0 && power.abs().compareTo(BigDecimal.ONE.movePointLeft(70)) > 0; i++) {
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * i + 1), MC), MC);
            power = power.multiply(s2, MC);
        }
        return sum;
    }

    /** {n, r}: x = n·π/2 + r exactly enough, n the nearest integer. */
    private static BigDecimal[] reduce(double x) {
        BigDecimal bx = new BigDecimal(x);
        MathContext digits = new MathContext(Math.max(0, bx.precision() - bx.scale()) + 20);   // enough for n
        BigDecimal n = bx.divide(HALF_PI, digits).setScale(0, RoundingMode.HALF_EVEN);
        return new BigDecimal[] {n, bx.subtract(n.multiply(HALF_PI)).round(MC)};
    }

    private static BigDecimal sinSeries(BigDecimal r) { return taylor(r, r, 2); }

    private static BigDecimal cosSeries(BigDecimal r) { return taylor(r, BigDecimal.ONE, 1); }

    /** first − first·r²/(k(k+1)) + …, the next term from the last. */
    private static BigDecimal taylor(BigDecimal r, BigDecimal first, int k) {
        BigDecimal sum = first, term = first, r2 = r.multiply(r, MC);
        for (; term.signum() != 0 && term.abs().compareTo(BigDecimal.ONE.movePointLeft(80)) > 0; k += 2) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((long) k * (k + 1)), MC).negate();
            sum = sum.add(term, MC);
        }
        return sum;
    }

    private static BigDecimal atanInverse(int k) {
        BigDecimal sum = BigDecimal.ZERO, power = BigDecimal.ONE.divide(BigDecimal.valueOf(k), WIDE);
        BigDecimal k2 = BigDecimal.valueOf((long) k * k);
        for (int i = 0; power.compareTo(BigDecimal.ONE.movePointLeft(460)) > 0; i++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * i + 1), WIDE);
            sum = i % 2 == 0 ? sum.add(term, WIDE) : sum.subtract(term, WIDE);
            power = power.divide(k2, WIDE);
        }
        return sum;
    }
}
