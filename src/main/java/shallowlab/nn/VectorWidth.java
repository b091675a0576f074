package shallowlab.nn;

import jdk.incubator.vector.DoubleVector;

/**
 * The engine's vector width against this CPU's: element-wise loops use the widest vectors the JVM compiles here
 * (512 bits on x86 with AVX-512, 256 with AVX2, 128 on ARM NEON or with {@code -XX:MaxVectorSize=16}, or what
 * {@code -Dshallowlab.vectorBits} chooses); sums over points keep one order at every width ({@link VectorMath}),
 * so every run gives the same bits on every CPU.
 */
public final class VectorWidth {
    private VectorWidth() {}

    /** The widest vector this JVM compiles to machine instructions, in bits. */
    public static int machineBits() { return DoubleVector.SPECIES_PREFERRED.vectorBitSize(); }

    /** The engine's vector width, in bits. */
    public static int engineBits() { return VectorMath.S.vectorBitSize(); }

    /** Whether the engine's vectors are compiled to machine instructions here (else the Vector API runs them in Java). */
    public static boolean compiled() { return machineBits() >= VectorMath.S.vectorBitSize(); }

    /** Whether the JIT is told to compile the kernel's steps apart here ({@link KernelInlining}). */
    public static boolean stepsApart() { return KernelInlining.problem() == null; }   // the first call adds it

    /** One line for the start-up log; {@link #compiled()} and {@link #stepsApart()} say whether it is a warning. */
    public static String describe() {
        return "engine: " + VectorMath.S.vectorBitSize() + "-bit vectors (" + VectorMath.LANES + " doubles), sums in "
                + VectorMath.R.vectorBitSize() + "-bit vectors; this CPU's widest: " + machineBits() + " bits"
                + (compiled() ? "" : " — wider than this CPU compiles, so they run in plain Java here, many times"
                + " slower (same results)")
                + (stepsApart() ? "; the kernel's steps compiled apart"
                : "; could not tell the JIT to compile the kernel's steps apart (" + KernelInlining.problem() + "): after"
                + " many varied trainings the engine may run boxed, many times slower (the engine check says so)");
    }
}
