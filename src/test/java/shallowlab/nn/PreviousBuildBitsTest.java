package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A faster engine must train the same runs: the fingerprints of {@link WidthRuns}' runs (every number a run reports,
 * bit for bit) equal those the build before the fused pass printed, kept in fingerprints-97746c7.txt.
 */
class PreviousBuildBitsTest {
    @Test
    void theRunsGiveThePreviousBuildsBits() throws IOException {
        List<String> before;
        try (InputStream in = PreviousBuildBitsTest.class.getResourceAsStream("fingerprints-97746c7.txt")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(before, WidthRuns.fingerprints().stream().map(String::valueOf).toList());
    }
}
