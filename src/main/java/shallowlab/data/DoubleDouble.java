package shallowlab.data;

/**
 * A double-double: the unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2, about 106 significant bits. Every
 * operation is built from exact IEEE operations (+ − × ÷ and fma), so results are the same on every JVM and
 * at every JIT tier. Algorithms and error bounds (u = 2^-53) from Joldes, Muller & Popescu, "Tight and
 * rigorous error bounds for basic building blocks of double-word arithmetic", ACM TOMS 44 (2017).
 */
record DoubleDouble(double hi, double lo) {
    static DoubleDouble of(double a) { return new DoubleDouble(a, 0); }

    /** a + b exactly (Knuth's TwoSum, no condition on a and b). */
    static DoubleDouble twoSum(double a, double b) {
        double s = a + b, bb = s - a;
        return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
    }

    /** a + b exactly when |a| ≥ |b| or a = 0 (Dekker's Fast2Sum). */
    static DoubleDouble fastTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    /** a · b exactly (barring underflow): the fma returns the product's rounding error. */
    static DoubleDouble twoProd(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    /** this + y, relative error ≤ 3u² (AccurateDWPlusDW). */
    DoubleDouble add(DoubleDouble y) {
        DoubleDouble s = twoSum(hi, y.hi), t = twoSum(lo, y.lo);
        DoubleDouble v = fastTwoSum(s.hi, s.lo + t.hi);
        return fastTwoSum(v.hi, v.lo + t.lo);
    }

    /** this + y, relative error ≤ 2u² (DWPlusFP). */
    DoubleDouble add(double y) {
        DoubleDouble s = twoSum(hi, y);
        return fastTwoSum(s.hi, lo + s.lo);
    }

    /** this · y, relative error ≤ 4u² (DWTimesDW3). */
    DoubleDouble mul(DoubleDouble y) {
        DoubleDouble c = twoProd(hi, y.hi);
        double l = Math.fma(lo, y.hi, Math.fma(hi, y.lo, lo * y.lo));
        return fastTwoSum(c.hi, c.lo + l);
    }

    /** this · y, relative error ≤ 2u² (DWTimesFP3). */
    DoubleDouble mul(double y) {
        DoubleDouble c = twoProd(hi, y);
        return fastTwoSum(c.hi, Math.fma(lo, y, c.lo));
    }

    /** this / y: q = hi/y, the remainder hi − q·y is exact (fma), so the error is ≈ u² relative. */
    DoubleDouble div(double y) {
        double q = hi / y;
        return fastTwoSum(q, (Math.fma(-q, y, hi) + lo) / y);
    }

    DoubleDouble negate() { return new DoubleDouble(-hi, -lo); }

    /** hi + lo rounded to the nearest double. */
    double value() { return hi + lo; }
}
