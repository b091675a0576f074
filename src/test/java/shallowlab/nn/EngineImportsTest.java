package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine (nn, data) depends on the JDK only (java.*, javax.management), plus the Vector API in nn, and on nothing of the project outside nn and data. */
class EngineImportsTest {
    @Test
    void nnAndDataImportOnlyTheJdk() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.of("nn", "data").map(p -> Path.of("src/main/java/shallowlab", p))
                .flatMap(EngineImportsTest::walk)) {
            files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertTrue(files.size() >= 10, "found " + files.size() + " sources");
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                String t = line.strip();
                if (!t.startsWith("import ")) continue;
                String what = t.substring(7).replace("static ", "");
                boolean ok = what.startsWith("java.") || what.startsWith("jdk.incubator.vector.")
                        || what.startsWith("javax.management.")   // KernelInlining's directive to the JIT
                        || what.startsWith("shallowlab.data.")
                        || what.startsWith("shallowlab.nn.") && f.toString().contains("/nn/");
                assertTrue(ok, f + ": " + t);
            }
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
