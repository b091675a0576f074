package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.nn.VectorWidth;

/**
 * {@link EngineCheck} reads the kernel's state from what its probe allocates: "compiled" here once the JIT has
 * compiled it, and "boxed", logged once with what to do, in a JVM whose engine vectors are wider than it compiles
 * (512 bits under {@code -XX:MaxVectorSize=16}: the Vector API then runs them in Java, every vector an allocation,
 * as a kernel that lost its compilation does), however long it runs.
 */
class EngineCheckTest {
    @Test
    void aCompiledKernelReadsCompiled() throws Exception {
        // In a child JVM of its own: this one's earlier tests call the kernel's helpers directly in many shapes,
        // outside the kernel's compiled-apart steps (nn.KernelInlining), and what they leave compiled is theirs.
        String out = child();
        List<String> states = states(out);
        assertEquals("state compiled", states.get(states.size() - 1), out);
        assertTrue(bytes(out) <= EngineCheck.BOUND, out);
        assertTrue(out.contains("bits " + VectorWidth.engineBits()), out);
    }

    @Test
    void aKernelRunningInPlainJavaReadsBoxedAndIsLoggedOnce() throws Exception {
        String out = child("-XX:MaxVectorSize=16", "-Dshallowlab.vectorBits=512");
        List<String> states = states(out);
        // One high reading is not enough (a recompilation under way reads high once); two are, and it stays so.
        assertTrue(states.size() >= 6, out);
        assertEquals(List.of("state not checked yet", "state not checked yet"), states.subList(0, 2), "before any"
                + " check, and after one high reading: " + out);
        assertEquals(List.of("state boxed"), states.subList(2, states.size()).stream().distinct().toList(), out);
        assertEquals(1, out.split("the engine's vectors are boxed", -1).length - 1, out);
        assertTrue(out.contains("512-bit vectors"), out);
    }

    /** The child's output: {@link Child} in a JVM with {@code flags}. */
    static String child(String... flags) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(java, "--add-modules=jdk.incubator.vector"));
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        return out;
    }

    static List<String> states(String out) { return out.lines().filter(l -> l.startsWith("state ")).toList(); }

    static long bytes(String out) {
        return out.lines().filter(l -> l.startsWith("bytes ")).mapToLong(l -> Long.parseLong(l.substring(6))).reduce((a, b) -> b)
                .orElseThrow();
    }

    /**
     * Child JVM: checks for at least three seconds and on, up to 20 s, until one reads compiled (the JIT's time to
     * compile the probe's pass), printing each state; then the last reading's bytes and the width.
     */
    public static final class Child {
        public static void main(String[] args) {
            long start = System.nanoTime(), end = start + 3_000_000_000L, limit = start + 20_000_000_000L;
            EngineCheck.Engine engine = EngineCheck.get().engine();
            System.out.println("state " + engine.vectors());
            for (int i = 0; i < 5 || System.nanoTime() < end
                    || !engine.vectors().equals("compiled") && System.nanoTime() < limit; i++) {
                engine = EngineCheck.get().check();
                System.out.println("state " + engine.vectors());
            }
            System.out.println("bytes " + engine.bytesPerIteration());
            System.out.println("bits " + engine.vectorBits());
        }
    }
}
