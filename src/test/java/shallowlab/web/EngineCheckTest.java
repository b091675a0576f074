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
    void aCompiledKernelReadsCompiled() {
        long end = System.nanoTime() + 20_000_000_000L;   // the JIT's time to compile the probe's pass, at most
        EngineCheck.Engine engine;
        do engine = EngineCheck.get().check();
        while (!engine.vectors().equals("compiled") && System.nanoTime() < end);
        assertEquals("compiled", engine.vectors(), engine.toString());
        assertTrue(engine.bytesPerIteration() <= EngineCheck.BOUND, engine.toString());
        assertEquals(VectorWidth.engineBits(), engine.vectorBits());
    }

    @Test
    void aKernelRunningInPlainJavaReadsBoxedAndIsLoggedOnce() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(List.of(java, "--add-modules=jdk.incubator.vector", "-XX:MaxVectorSize=16",
                "-Dshallowlab.vectorBits=512", "-cp", System.getProperty("java.class.path"), Child.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        List<String> states = out.lines().filter(l -> l.startsWith("state ")).toList();
        // One high reading is not enough (a recompilation under way reads high once); two are, and it stays so.
        assertTrue(states.size() >= 5, out);
        assertEquals("state not checked yet", states.get(0), out);
        assertEquals(List.of("state boxed"), states.subList(1, states.size()).stream().distinct().toList(), out);
        assertEquals(1, out.split("the engine's vectors are boxed", -1).length - 1, out);
        assertTrue(out.contains("512-bit vectors"), out);
    }

    /** Child JVM: checks for at least three seconds (a JIT that can compile the kernel has by then), each state printed. */
    public static final class Child {
        public static void main(String[] args) {
            long end = System.nanoTime() + 3_000_000_000L;
            for (int i = 0; i < 5 || System.nanoTime() < end; i++)
                System.out.println("state " + EngineCheck.get().check().vectors());
        }
    }
}
