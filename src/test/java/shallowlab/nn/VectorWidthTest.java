package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The start-up line names the engine's width and, where this JDK narrows it, what JDK 25 would use instead. */
class VectorWidthTest {
    @Test
    void beforeJdk25OnA512BitCpuTheLineSaysJdk25WouldBeWider() {
        Assumptions.assumeTrue(Runtime.version().feature() < 25, "JDK 25 or newer");
        Assumptions.assumeTrue(DoubleVector.SPECIES_PREFERRED.vectorBitSize() == 512, "no 512-bit vectors here");
        Assumptions.assumeTrue(System.getProperty("shallowlab.vectorBits") == null, "width chosen by property");
        assertEquals(256, VectorMath.S.vectorBitSize());
        assertTrue(VectorWidth.describe().endsWith("on JDK 25 the engine would use 512-bit vectors here, about 1.3×"
                + " faster (same results)"), VectorWidth.describe());
    }

    @Test
    void atTheCpusWidestTheLineSaysNothingMore() {
        Assumptions.assumeTrue(VectorMath.S.vectorBitSize() == DoubleVector.SPECIES_PREFERRED.vectorBitSize(),
                "this JDK narrows the width here");
        assertFalse(VectorWidth.narrowedByJdk());
        assertTrue(VectorWidth.describe().endsWith("this CPU's widest: " + VectorWidth.machineBits() + " bits"),
                VectorWidth.describe());
    }
}
