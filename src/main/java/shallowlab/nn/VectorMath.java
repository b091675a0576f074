package shallowlab.nn;

import static jdk.incubator.vector.VectorOperators.FMA;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Elementary}'s formulas and the activations, lane by lane, operation for operation the same (only
 * lanewise +, −, ×, ÷, fma, compares, blends and bit operations), so each lane gives the scalar's bits whatever
 * the vector's width; each function works in its argument's species.
 *
 * <p>Widths. Element-wise loops run in {@link #S}, the widest vectors this CPU compiles (128 bits on NEON or
 * with {@code -XX:MaxVectorSize=16}; 512 on AVX-512, else 256; {@code -Dshallowlab.vectorBits=128|256|512}
 * chooses). Sums over
 * points never depend on it: they are kept as four lane sums (lane r adds the points ≡ r mod 4, in order), then
 * (lane0 + lane1) + (lane2 + lane3) — in one 256-bit vector where the CPU has them ({@link #R}), else in two
 * 128-bit halves, lanes 0–1 and 2–3, each lane adding the same values in the same order. So every bit is the
 * same on every CPU and at every width (docs/ARCHITECTURE.md, "Determinism").
 */
final class VectorMath {
    static final VectorSpecies<Double> S = elementSpecies();
    static final int LANES = S.length();
    /** The four lane sums' species: 256 bits where compiled, else 128 (then two vectors hold the four sums). */
    static final VectorSpecies<Double> R = S.vectorBitSize() >= 256 ? DoubleVector.SPECIES_256 : DoubleVector.SPECIES_128;
    /** Whether the four lane sums take two 128-bit vectors. */
    static final boolean HALVES = R.length() == 2;
    /** Points are padded to a multiple of this: whole vectors of S, whole groups of the four lane sums. */
    static final int PAD = Math.max(LANES, 4);
    private static final long SHIFT_BITS = Double.doubleToRawLongBits(Elementary.SHIFT), SIGN = Long.MIN_VALUE;
    /**
     * {@link Elementary#Q} as constants: the JIT folds static final fields, but reloads array elements on every
     * use (a store into any double[] might have changed them), which put loads into the exp's dependency chain.
     */
    private static final double Q0 = Elementary.Q[0], Q1 = Elementary.Q[1], Q2 = Elementary.Q[2],
            Q3 = Elementary.Q[3], Q4 = Elementary.Q[4], Q5 = Elementary.Q[5], Q6 = Elementary.Q[6],
            Q7 = Elementary.Q[7], Q8 = Elementary.Q[8], Q9 = Elementary.Q[9], Q10 = Elementary.Q[10],
            Q11 = Elementary.Q[11], Q12 = Elementary.Q[12];

    /** −log((3 + s)/4) ≈ Σ L_i·s^i on s in [−1, 1]: numpy's Chebyshev.interpolate(…, 12), in powers of s. */
    private static final double L0 = 0.2876820724517812, L1 = -0.3333333331211511, L2 = 0.05555555548966016,
            L3 = -0.01234568493289118, L4 = 0.0030864215914896114, L5 = -0.0008229983121944319,
            L6 = 0.00022860910700696802, L7 = -6.547946124929669e-05, L8 = 1.910114713359614e-05,
            L9 = -5.388773375972711e-06, L10 = 1.6139839953171787e-06, L11 = -7.05661034482349e-07,
            L12 = 2.165032879224542e-07;

    private VectorMath() {}

    /**
     * The property's width if set (128, 256 or 512 bits), else this CPU's widest. At 512 bits two species meet (S and
     * the lane sums' R, 256 bits): the lane sums use only operations that each vector class implements itself
     * ({@code lanewise}, {@code lane}), never the Vector API's shared convenience methods, whose type profiles would
     * then hold both classes, which JDK 17's C2 cannot compile (docs/ARCHITECTURE.md, "One profile per vector class").
     */
    private static VectorSpecies<Double> elementSpecies() {
        int preferred = DoubleVector.SPECIES_PREFERRED.vectorBitSize();
        int bits = Integer.getInteger("shallowlab.vectorBits", preferred);
        return switch (bits) {
            case 128 -> DoubleVector.SPECIES_128;
            case 512 -> DoubleVector.SPECIES_512;
            default -> preferred >= 256 ? DoubleVector.SPECIES_256 : DoubleVector.SPECIES_128;
        };
    }

    /**
     * 2^k from t = x·log2e + SHIFT, whose low bits hold k: ((bits(t) − bits(SHIFT)) + 1023) << 52, as one add of
     * the two constants (integer adds wrap, so the order does not change the bits).
     */
    private static DoubleVector twoToK(DoubleVector t) {
        LongVector biased = t.viewAsIntegralLanes().reinterpretAsLongs().add(1023L - SHIFT_BITS);
        return biased.lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    /**
     * expm1(r) as in {@link Elementary}: r = x − kd·ln2 (two fmas; (−kd)·c and kd·(−c) are the same exact product),
     * r·(lo + r^7·hi), the same chains.
     */
    private static DoubleVector expm1Reduced(DoubleVector x, DoubleVector kd) {
        DoubleVector r = kd.fma(DoubleVector.broadcast(S, -Elementary.LN2_HI), x);
        r = kd.fma(DoubleVector.broadcast(S, -Elementary.LN2_LO), r);
        DoubleVector hi = DoubleVector.broadcast(S, Q0).fma(r, DoubleVector.broadcast(S, Q1));
        hi = hi.fma(r, DoubleVector.broadcast(S, Q2)).fma(r, DoubleVector.broadcast(S, Q3));
        hi = hi.fma(r, DoubleVector.broadcast(S, Q4)).fma(r, DoubleVector.broadcast(S, Q5));
        DoubleVector lo = DoubleVector.broadcast(S, Q6).fma(r, DoubleVector.broadcast(S, Q7));
        lo = lo.fma(r, DoubleVector.broadcast(S, Q8)).fma(r, DoubleVector.broadcast(S, Q9));
        lo = lo.fma(r, DoubleVector.broadcast(S, Q10)).fma(r, DoubleVector.broadcast(S, Q11));
        lo = lo.fma(r, DoubleVector.broadcast(S, Q12));
        DoubleVector r2 = r.mul(r), r7 = r2.mul(r2).mul(r2).mul(r);
        return r.mul(r7.fma(hi, lo));
    }

    /** tanh z = sign(z)·(0 − u)/(2 + u), u = expm1(max(−2|z|, −40)). */
    static DoubleVector tanh(DoubleVector z) {
        DoubleVector x = atLeast(z.abs().mul(-2.0), -40.0);
        DoubleVector t = x.mul(Elementary.LOG2E).add(Elementary.SHIFT);
        DoubleVector kd = t.sub(Elementary.SHIFT), two = twoToK(t);
        DoubleVector u = two.fma(expm1Reduced(x, kd), two.sub(1.0));
        DoubleVector th = DoubleVector.zero(S).sub(u).div(u.add(2.0));
        LongVector sign = z.viewAsIntegralLanes().reinterpretAsLongs().and(SIGN);
        return th.viewAsIntegralLanes().reinterpretAsLongs().or(sign).reinterpretAsDoubles();
    }

    /** σ(z) = (z ≥ 0 ? 1 : e)/(1 + e), e = {@link #expNegAbs}(z). */
    static DoubleVector sigmoid(DoubleVector z) {
        DoubleVector e = expNegAbs(z);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        // Without a mask: max(e, min(z·2^1000, 1)) is 1 for z ≥ 2^-1000 and e below 0 (−0 and tiny z: e = 1 anyway).
        DoubleVector numerator = HALVES ? e.max(z.mul(0x1p1000).min(1.0)) : e.blend(one, z.compare(VectorOperators.GE, 0.0));
        return numerator.div(e.add(1.0));
    }

    /**
     * x < floor ? floor : x, lane by lane (NaN kept): a compare and a blend where masks compile well (256 bits and
     * up), else max(x, floor), the same values without a mask ({@link MaskFree} says why; Java's max is one call of
     * the Vector API, where a selection by bits takes several, and C2 stops inlining past a count of nodes).
     */
    private static DoubleVector atLeast(DoubleVector x, double floor) {
        return HALVES ? x.max(floor) : x.blend(floor, x.lt(floor));
    }

    /** e = exp(max(−|z|, −708)) = 2^k·(1 + expm1(r)), as {@link Elementary#exp}(−|z|). */
    static DoubleVector expNegAbs(DoubleVector z) {
        DoubleVector x = atLeast(z.abs().neg(), -708.0);
        DoubleVector t = x.mul(Elementary.LOG2E).add(Elementary.SHIFT);
        DoubleVector kd = t.sub(Elementary.SHIFT), two = twoToK(t);
        return two.fma(expm1Reduced(x, kd), two);
    }

    /**
     * out[i] = {@link Elementary#log1p}(t[i]) for i < mp, t in [0, 1], its branches as blends: u = 1 + t (t itself
     * where u = 1), c = (t − (u − 1))/u, f = u or u/2 above √2 (k = 0 or 1), s = (f − 1)/(f + 1), the same fma
     * chain. A loop over arrays, not a function of one vector: it runs only at records, and a vector helper of such
     * rarely run code is compiled on its own before its caller, then called, not inlined, its vectors boxed
     * (docs/ARCHITECTURE.md, "Everything inlined").
     */
    static void log1p(double[] t, double[] out, int mp) {
        for (int i = 0; i < mp; i += LANES) {
            DoubleVector ti = DoubleVector.fromArray(S, t, i);
            DoubleVector u = ti.add(1.0);
            DoubleVector c = ti.sub(u.sub(1.0)).div(u);
            DoubleVector f, k;
            if (HALVES) {   // without masks: k = 1 above √2 (by at least an ulp, times 2^1000, is over 1), else 0
                k = u.sub(1.4142135623730951).mul(0x1p1000).max(0.0).min(1.0);
                f = u.mul(k.mul(-0.5).add(1.0));
            } else {
                var high = u.compare(VectorOperators.GT, 1.4142135623730951);
                f = u.blend(u.mul(0.5), high);
                k = DoubleVector.zero(S).blend(1.0, high);
            }
            DoubleVector s = f.sub(1.0).div(f.add(1.0)), z = s.mul(s);
            DoubleVector p = DoubleVector.broadcast(S, 1.0 / 25);
            for (int j = 23; j >= 3; j -= 2) p = p.fma(z, DoubleVector.broadcast(S, 1.0 / j));
            DoubleVector twoS = s.mul(2.0), logf = twoS.add(twoS.mul(z).mul(p));
            DoubleVector log = k.mul(Elementary.LN2_HI).add(logf.add(c.add(k.mul(Elementary.LN2_LO))));
            // Where u = 1, the formula above gives t already (f = 1, s = 0, c = t): the blend only states it.
            (HALVES ? log : log.blend(ti, u.compare(VectorOperators.EQ, 1.0))).intoArray(out, i);
        }
    }

    /**
     * −log a for a in [½, 1] to 2.4e-11, for the cost envelope (not the recorded cost, which is exact): the degree-12
     * Chebyshev interpolant in s = 4a − 3, as L0…L12 in powers of s, by Horner: 13 fmas, no division, no table (the
     * points are independent, so successive points' chains overlap).
     */
    static DoubleVector negLogHalfToOne(DoubleVector a) {
        DoubleVector s = a.lanewise(FMA, DoubleVector.broadcast(R, 4.0), DoubleVector.broadcast(R, -3.0));
        DoubleVector p = DoubleVector.broadcast(R, L12).lanewise(FMA, s, DoubleVector.broadcast(R, L11));
        p = p.lanewise(FMA, s, DoubleVector.broadcast(R, L10)).lanewise(FMA, s, DoubleVector.broadcast(R, L9));
        p = p.lanewise(FMA, s, DoubleVector.broadcast(R, L8)).lanewise(FMA, s, DoubleVector.broadcast(R, L7));
        p = p.lanewise(FMA, s, DoubleVector.broadcast(R, L6)).lanewise(FMA, s, DoubleVector.broadcast(R, L5));
        p = p.lanewise(FMA, s, DoubleVector.broadcast(R, L4)).lanewise(FMA, s, DoubleVector.broadcast(R, L3));
        p = p.lanewise(FMA, s, DoubleVector.broadcast(R, L2)).lanewise(FMA, s, DoubleVector.broadcast(R, L1));
        return p.lanewise(FMA, s, DoubleVector.broadcast(R, L0));
    }

    /** Four lane sums added in a fixed order: (v0 + v1) + (v2 + v3). */
    static double sum(DoubleVector v) {
        return (v.lane(0) + v.lane(1)) + (v.lane(2) + v.lane(3));
    }

    /** Four lane sums held as two halves, lanes 0–1 in lo and 2–3 in hi, in the same order. */
    static double sum(DoubleVector lo, DoubleVector hi) {
        return (lo.lane(0) + lo.lane(1)) + (hi.lane(0) + hi.lane(1));
    }
}
