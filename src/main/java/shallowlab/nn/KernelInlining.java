package shallowlab.nn;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps C2 from compiling the kernel's whole pass as one method: a compilation rooted in {@link VectorKernel}
 * inlines none of the array-level steps it calls ({@link VectorLayers}, {@link VectorActivations}), so each step is
 * compiled on its own, its vector helpers inlined within it. Without this, which step C2 stops inlining at when the
 * pass reaches its node budget ({@code NodeCountInliningCutoff}) depends on the order in which methods were first
 * compiled: after many short varied trainings the cut fell inside {@code VectorLayers.output}, at a helper taking
 * vectors ({@code VectorMath.expm1Reduced}), whose every vector was then allocated — the pass ran many times slower
 * until restart (docs/ARCHITECTURE.md, "Everything inlined"). At 128 bits ({@link VectorMath#HALVES}), likewise,
 * {@code VectorActivations.apply} (and {@code derivative}) inlines none of the activations' loops: once a server
 * has run every activation, all of them inlined into {@code apply} passed the node budget there, inside tanh (at
 * 256 and 512 bits they fit, and the rule cost the default run 3 %). A step costs one call per chunk.
 *
 * <p>The rule is a compiler directive, added in this JVM at class initialisation (before the kernel's first
 * compilation) through the JDK's DiagnosticCommand MBean, as {@code jcmd <pid> Compiler.directives_add} would.
 */
final class KernelInlining {
    static final String DIRECTIVES = "[{ match: \"shallowlab/nn/VectorKernel.*\","
            + " inline: [\"-shallowlab/nn/VectorLayers.*\", \"-shallowlab/nn/VectorActivations.*\"] }"
            + (VectorMath.HALVES ? ", { match: \"shallowlab/nn/VectorActivations.*\", inline: \"-shallowlab/nn/VectorActivations.*\" }]" : "]");

    /** null once the directive is added, else why it could not be (the start-up log says it). */
    private static final String PROBLEM = add();

    private KernelInlining() {}

    /** Adds the directive to this JVM once (the class's initialisation runs this). */
    static void ensure() {}

    /** null when the directive holds in this JVM, else why not. */
    static String problem() { return PROBLEM; }

    private static String add() {
        try {
            Path file = Files.createTempFile("shallow-lab-kernel-", ".json");
            try {
                Files.writeString(file, DIRECTIVES);
                Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                String text = String.valueOf(said);
                return text.contains((VectorMath.HALVES ? 2 : 1) + " compiler directives added") ? null : "the JVM answered: " + text.strip();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            return e.toString();
        }
    }
}
