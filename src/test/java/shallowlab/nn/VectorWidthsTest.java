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
 * ARM NEON: {@code -XX:MaxVectorSize=16}, or chosen by property) and on 512-bit ones, against this JVM's own.
 */
class VectorWidthsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"-XX:MaxVectorSize=16, engine: 128-bit", "-Dshallowlab.vectorBits=128, engine: 128-bit",
        "-Dshallowlab.vectorBits=512, engine: 512-bit"})
    void theRunsGiveTheSameBitsAtEveryWidth(String flag, String width) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(List.of(java, "--add-modules=jdk.incubator.vector", flag,
                "-cp", System.getProperty("java.class.path"), WidthRuns.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, child.waitFor(), out);
        List<String> lines = new ArrayList<>(out.lines().filter(l -> !l.startsWith("WARNING")).toList());
        assertTrue(lines.get(0).startsWith(width), lines.get(0));
        List<String> expected = WidthRuns.fingerprints().stream().map(String::valueOf).toList();
        assertEquals(expected, lines.subList(1, lines.size()), flag);
    }
}
