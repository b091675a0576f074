package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compiled kernel keeps its vectors in registers at every width the engine runs at: once the JIT has compiled
 * it, an iteration allocates only the cost envelope's four lane sums (48 bytes), and a record only its small arrays
 * (gradient norms, saturation), its exact cost included (it boxed its vectors at 512 bits until 2026-12-07). A vector that
 * leaves a method C2 did not inline, or whose intrinsic C2 could not compile, is boxed, each lane an allocation, and
 * the pass runs many times slower (on JDK 17 at 512 bits, the build before this test allocated 250 KB an iteration:
 * docs/ARCHITECTURE.md, "The kernel's speed"). The bound tells the two apart by orders of magnitude, without
 * timing anything; also on a newer JDK where one is installed (the {@code Dockerfile}'s JDK 25 runs 512 bits on
 * AVX-512).
 */
class KernelNeverBoxesTest {
    /** The widths the engine runs: 128 bits as on ARM NEON, 256 as on AVX2, and this CPU's widest (512 on AVX-512). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:MaxVectorSize=16", "-Dshallowlab.vectorBits=256", "-Dshallowlab.default=1"})
    void aWarmIterationAllocatesNoVectors(String flag) throws Exception {
        List<String> lines = childLines(VectorWidthsTest.THIS_JAVA, flag);
        Assumptions.assumeFalse(lines.get(0).contains("plain Java"), "this CPU does not compile " + flag);
        assertAllocationsBelowBound(lines);
    }

    @org.junit.jupiter.api.Test
    void aWarmIterationAllocatesNoVectorsOnANewerJdk() throws Exception {
        File[] jdks = new File("/usr/lib/jvm").listFiles((dir, name) -> name.matches("temurin-(2[1-9]|[3-9]\\d)-jdk.*"));
        Assumptions.assumeTrue(jdks != null && jdks.length > 0, "no newer JDK under /usr/lib/jvm");
        assertAllocationsBelowBound(childLines(new File(jdks[0], "bin/java").getPath(), "-Dshallowlab.default=1"));
    }

    /**
     * After many short varied trainings (a server's day), the course's run still allocates no vectors. Before
     * {@link KernelInlining}, C2 compiled the pass after them with its cut inside the output step (512 bits), or the
     * activations' dispatch with its cut inside tanh (128 bits), at a helper taking vectors: 37,648 and 192,092
     * bytes an iteration, in every launch tried (3 at 512 bits, 4 at 128), boxed until restart.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:MaxVectorSize=16", "-Dshallowlab.vectorBits=256", "-Dshallowlab.default=1"})
    void manyVariedTrainingsLeaveTheKernelCompiled(String flag) throws Exception {
        List<String> lines = childLines(VectorWidthsTest.THIS_JAVA, flag, "after-varied");
        Assumptions.assumeFalse(lines.get(0).contains("plain Java"), "this CPU does not compile " + flag);
        assertTrue(lines.get(0).contains("steps compiled apart"), lines.get(0));
        assertEquals(2, lines.size(), String.join("\n", lines));
        long bytes = Long.parseLong(lines.get(1).substring(lines.get(1).lastIndexOf(' ') + 1));
        assertTrue(bytes < KernelAllocations.BOUND, lines.get(1) + " bytes per iteration");
    }

    private static void assertAllocationsBelowBound(List<String> lines) {
        assertEquals(1 + 1 + Activation.values().length + 1, lines.size(), String.join("\n", lines));
        for (String line : lines.subList(1, lines.size())) {
            long bytes = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(bytes < KernelAllocations.BOUND, lines.get(0) + ": " + line + " bytes per iteration, one in ten recorded");
        }
    }

    private static List<String> childLines(String java, String flag, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java, "--add-modules=jdk.incubator.vector", flag,
                "-cp", System.getProperty("java.class.path"), KernelAllocations.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, child.waitFor(), out);
        return out.lines().filter(l -> !l.startsWith("WARNING")).toList();
    }
}
