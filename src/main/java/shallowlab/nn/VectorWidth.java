package shallowlab.nn;

import jdk.incubator.vector.DoubleVector;

/**
 * The engine's vector width against this CPU's: the kernel always computes four doubles at a time (256 bits, so
 * that every sum runs in one order on every machine); on a CPU whose widest vectors are narrower (128-bit NEON,
 * or {@code -XX:MaxVectorSize=16}) the Vector API runs those operations in plain Java, many times slower, with the
 * same bits.
 */
public final class VectorWidth {
    private VectorWidth() {}

    /** The widest vector this JVM compiles to machine instructions, in bits. */
    public static int machineBits() { return DoubleVector.SPECIES_PREFERRED.vectorBitSize(); }

    /** Whether the engine's 256-bit vectors are compiled to machine instructions here. */
    public static boolean native256() { return machineBits() >= VectorMath.S.vectorBitSize(); }

    /** One line for the start-up log. */
    public static String describe() {
        return "engine: " + VectorMath.S.vectorBitSize() + "-bit vectors (" + VectorMath.LANES + " doubles); this CPU's"
                + " widest: " + machineBits() + " bits" + (native256() ? "" : " — the engine's vectors run in plain"
                + " Java here, many times slower (same results)");
    }
}
