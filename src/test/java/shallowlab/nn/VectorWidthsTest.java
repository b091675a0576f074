package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every vector width gives the same bits: the runs of {@link WidthRuns} in a child JVM on 128-bit vectors (as on
 * ARM NEON: {@code -XX:MaxVectorSize=16}, or chosen by property) and on 512-bit ones, against this JVM's own; and
 * on a newer JDK when the machine has one (its own default width, which is 512 bits on AVX-512 from JDK 25).
 */
class VectorWidthsTest {
    static final String THIS_JAVA = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-XX:MaxVectorSize=16, engine: 128-bit", "-Dshallowlab.vectorBits=128, engine: 128-bit",
        "-Dshallowlab.vectorBits=512, engine: 512-bit"})
    void theRunsGiveTheSameBitsAtEveryWidth(String flag, String width) throws Exception {
        assertSameBits(THIS_JAVA, flag, width);
    }

    /** A newer JDK's JIT and Vector API (e.g. Temurin 25 beside the default 17), at its own default width. */
    @org.junit.jupiter.api.Test
    void theRunsGiveTheSameBitsOnANewerJdk() throws Exception {
        File[] jdks = new File("/usr/lib/jvm").listFiles((dir, name) -> name.matches("temurin-(2[1-9]|[3-9]\\d)-jdk.*"));
        org.junit.jupiter.api.Assumptions.assumeTrue(jdks != null && jdks.length > 0, "no newer JDK under /usr/lib/jvm");
        assertSameBits(new File(jdks[0], "bin/java").getPath(), "-Dshallowlab.newerJdk=1", "engine: ");
    }

    static void assertSameBits(String java, String flag, String width) throws Exception {
        Process child = new ProcessBuilder(List.of(java, "--add-modules=jdk.incubator.vector", flag,
                "-cp", System.getProperty("java.class.path"), WidthRuns.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, child.waitFor(), out);
        List<String> lines = new ArrayList<>(out.lines().filter(l -> !l.startsWith("WARNING")).toList());
        assertTrue(lines.get(0).startsWith(width), lines.get(0));
        List<String> expected = WidthRuns.fingerprints().stream().map(String::valueOf).toList();
        assertEquals(expected, lines.subList(1, lines.size()), java + " " + flag);
    }
}
