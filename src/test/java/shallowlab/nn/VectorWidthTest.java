package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The engine runs at this CPU's widest vectors, on every JDK, and the start-up line says so. */
class VectorWidthTest {
    @Test
    void theEngineUsesTheCpusWidestVectorsAndSaysSo() {
        Assumptions.assumeTrue(System.getProperty("shallowlab.vectorBits") == null, "width chosen by property");
        assertEquals(DoubleVector.SPECIES_PREFERRED.vectorBitSize(), VectorMath.S.vectorBitSize());
        assertTrue(VectorWidth.describe().contains("this CPU's widest: " + VectorWidth.machineBits() + " bits;"),
                VectorWidth.describe());
        assertTrue(VectorWidth.stepsApart(), "the JIT is told to compile the kernel's steps apart: " + VectorWidth.describe());
        assertTrue(VectorWidth.describe().endsWith("the kernel's steps compiled apart"), VectorWidth.describe());
    }
}
