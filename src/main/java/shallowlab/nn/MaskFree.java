package shallowlab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lane selections without {@code VectorMask}s. JDK 17 to 25 on x86 box the masks of 128-bit vectors (a compare and
 * a blend ran 30 to 40 times slower than a max; ReLU on 128 bits 16 times slower than on 256), so on 128 bits a
 * condition becomes a lane of all ones or all zeros made from bits (0 − (bits >>> 63): JDK 17 does not compile a
 * 64-bit arithmetic shift there), which picks bits ({@code bitwiseBlend}: one instruction with AVX-512, three
 * without), with the same value in every lane as the compare and blend it replaces.
 *
 * <p>Each method calls the Vector API directly, never another helper, and costs several of its calls where Java's
 * max is one: C2 stops inlining past 15 calls deep and past a count of IR nodes in the method it compiles, and a
 * vector whose method is not inlined is boxed (every lane then costs an allocation). So the long loops (tanh, the
 * output, the cost envelope) keep max and min on 128 bits, and these are for the short ones.
 */
final class MaskFree {
    private static final long INFINITY_BITS = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);

    private MaskFree() {}

    /**
     * All ones where v > 0, zeros elsewhere (NaN included): with t = bits(v) − 1, exactly the lanes where
     * 0 ≤ t < bits(+∞), i.e. bits(v) in 1 … bits(+∞) (+0 gives t = −1; a NaN, t ≥ bits(+∞); a negative value or
     * −0, t < 0 or t = Long.MAX_VALUE), read off the sign bit of (t − bits(+∞)) ∧ ¬t.
     */
    static LongVector positive(DoubleVector v) {
        LongVector t = v.viewAsIntegralLanes().sub(1L);
        return t.sub(INFINITY_BITS).and(t.not()).lanewise(VectorOperators.LSHR, 63).neg();
    }

    /** {@code set} in the lanes where mask is all ones, {@code clear} where it is zeros. */
    static DoubleVector pick(DoubleVector clear, DoubleVector set, LongVector mask) {
        return clear.viewAsIntegralLanes().bitwiseBlend(set.viewAsIntegralLanes(), mask).viewAsFloatingLanes();
    }

    /**
     * max(z, 0) as the cross-entropy uses it, in one integer max: the bits of a negative z (and −0) are negative
     * as a signed long, so the max is 0, +0.0, as Java's max(−0, 0); a positive z or +NaN keeps its bits. It differs
     * from Math.max only for a NaN of negative sign, where the loss is NaN anyway through z·y.
     */
    static DoubleVector positivePart(DoubleVector z) {
        LongVector bits = z.viewAsIntegralLanes();
        return bits.lanewise(VectorOperators.MAX, LongVector.zero(bits.species())).viewAsFloatingLanes();
    }
}
