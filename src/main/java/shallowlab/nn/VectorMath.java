package shallowlab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Elementary}'s formulas and the activations, four lanes at a time, operation for operation the same
 * (only lanewise +, −, ×, ÷, fma, compares, blends and bit operations), so each lane gives the scalar's bits.
 * The species is fixed at 256 bits (4 doubles) so that lane order, hence every sum, is the same on every CPU.
 */
final class VectorMath {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;
    static final int LANES = S.length();
    private static final long SHIFT_BITS = Double.doubleToRawLongBits(Elementary.SHIFT), SIGN = Long.MIN_VALUE;
    /**
     * {@link Elementary#Q} as constants: the JIT folds static final fields, but reloads array elements on every
     * use (a store into any double[] might have changed them), which put loads into the exp's dependency chain.
     */
    private static final double Q0 = Elementary.Q[0], Q1 = Elementary.Q[1], Q2 = Elementary.Q[2],
            Q3 = Elementary.Q[3], Q4 = Elementary.Q[4], Q5 = Elementary.Q[5], Q6 = Elementary.Q[6],
            Q7 = Elementary.Q[7], Q8 = Elementary.Q[8], Q9 = Elementary.Q[9], Q10 = Elementary.Q[10],
            Q11 = Elementary.Q[11], Q12 = Elementary.Q[12];

    private VectorMath() {}

    /** 2^k from t = x·log2e + SHIFT, whose low bits hold k: ((bits(t) − bits(SHIFT)) + 1023) << 52. */
    private static DoubleVector twoToK(DoubleVector t) {
        LongVector k = t.viewAsIntegralLanes().reinterpretAsLongs().sub(SHIFT_BITS);
        return k.add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    /** expm1(r) as in {@link Elementary}: r = x − kd·ln2 (two fmas), r·(lo + r^7·hi), the same chains. */
    private static DoubleVector expm1Reduced(DoubleVector x, DoubleVector kd) {
        DoubleVector r = kd.neg().fma(DoubleVector.broadcast(S, Elementary.LN2_HI), x);
        r = kd.neg().fma(DoubleVector.broadcast(S, Elementary.LN2_LO), r);
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
        DoubleVector x = z.abs().mul(-2.0);
        x = x.blend(-40.0, x.lt(-40.0));
        DoubleVector t = x.mul(Elementary.LOG2E).add(Elementary.SHIFT);
        DoubleVector kd = t.sub(Elementary.SHIFT), two = twoToK(t);
        DoubleVector u = two.fma(expm1Reduced(x, kd), two.sub(1.0));
        DoubleVector th = DoubleVector.zero(S).sub(u).div(u.add(2.0));
        LongVector sign = z.viewAsIntegralLanes().reinterpretAsLongs().and(SIGN);
        return th.viewAsIntegralLanes().reinterpretAsLongs().or(sign).reinterpretAsDoubles();
    }

    /** σ(z) = (z ≥ 0 ? 1 : e)/(1 + e), e = exp(max(−|z|, −708)) = 2^k·(1 + expm1(r)). */
    static DoubleVector sigmoid(DoubleVector z) {
        DoubleVector x = z.abs().neg();
        x = x.blend(-708.0, x.lt(-708.0));
        DoubleVector t = x.mul(Elementary.LOG2E).add(Elementary.SHIFT);
        DoubleVector kd = t.sub(Elementary.SHIFT), two = twoToK(t);
        DoubleVector e = two.fma(expm1Reduced(x, kd), two);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        return e.blend(one, z.compare(VectorOperators.GE, 0.0)).div(e.add(1.0));
    }

    /** Lanes summed in a fixed order: (v0 + v1) + (v2 + v3). */
    static double sum(DoubleVector v) {
        return (v.lane(0) + v.lane(1)) + (v.lane(2) + v.lane(3));
    }
}
