package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A run gives the same bits cold (first thing in a fresh JVM, interpreted) and warm (after the JIT compiled
 * everything), and in another JVM. The cold part runs in a child JVM started here, so that it is really cold
 * whatever ran before in the test JVM.
 */
class ColdWarmDeterminismTest {
    @Test
    @Timeout(300)
    void coldWarmAndOtherJvmGiveIdenticalBits() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(List.of(java, "--add-modules=jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), ColdWarmRuns.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, child.waitFor(), out);
        String[] lines = out.split("\n");
        String last = lines[lines.length - 1];
        assertEquals("identical " + ColdWarmRuns.fingerprint(ColdWarmRuns.defaultRun()), last, out);
    }
}
