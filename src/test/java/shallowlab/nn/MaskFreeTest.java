package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

/** The mask-free selections agree with Java's comparisons lane by lane on the values where they could differ. */
class MaskFreeTest {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_128;
    private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, -1.0,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L), 3.5e-300, -7.25};

    @Test
    void positiveIsVGreaterThanZero() {
        for (double v : EDGES) {
            long lane = MaskFree.positive(DoubleVector.broadcast(S, v)).lane(0);
            assertEquals(v > 0 ? -1L : 0L, lane, "v = " + v + " bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
        }
    }

    @Test
    void pickTakesSetWhereTheMaskIsOnes() {
        DoubleVector clear = DoubleVector.broadcast(S, -0.0), set = DoubleVector.broadcast(S, 2.5);
        for (double v : EDGES) {
            double picked = MaskFree.pick(clear, set, MaskFree.positive(DoubleVector.broadcast(S, v))).lane(1);
            assertEquals(Double.doubleToRawLongBits(v > 0 ? 2.5 : -0.0), Double.doubleToRawLongBits(picked), "v = " + v);
        }
    }

    @Test
    void positivePartIsMaxWithZeroButForANegativeNaN() {
        for (double z : EDGES) {
            if (Double.isNaN(z) && Double.doubleToRawLongBits(z) < 0) continue;
            double part = MaskFree.positivePart(DoubleVector.broadcast(S, z)).lane(0);
            if (Double.isNaN(z)) assertEquals(true, Double.isNaN(part), "a NaN stays a NaN (its payload may not)");
            else assertEquals(Double.doubleToRawLongBits(Math.max(z, 0.0)), Double.doubleToRawLongBits(part), "z = " + z);
        }
    }
}
