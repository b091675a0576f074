package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.Run;

/** Cached lab pages and run JSON go out as the gzip stored with them, the same bytes to every client. */
class PrecompressedHttpTest extends AppTest {
    static final String QUERY = "?iterations=300&initSeed=77";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/experiment"})
    void aCachedAnswerIsTheStoredGzipOfThePlainOne(String path) throws Exception {
        app.get(path + QUERY);   // trains and caches
        HttpResponse<byte[]> first = gzipped(path + QUERY), second = gzipped(path + QUERY);
        assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", first.headers().firstValue("Vary").orElse(null));
        assertArrayEquals(first.body(), second.body(), "the same stored bytes");
        var plain = app.get(path + QUERY);
        assertNull(plain.header("Content-Encoding"));
        String inflated = new String(new GZIPInputStream(new ByteArrayInputStream(first.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(plain.body(), inflated);
    }

    @Test
    void theJsonIsCompressedOncePerRun() {
        RunTexts texts = new RunTexts(8);
        Run run = new ExperimentRunner().run(Experiment.DEFAULTS.with("iterations", "50").orElseThrow());
        assertSame(texts.json(run), texts.json(run));
    }

    private static HttpResponse<byte[]> gzipped(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(app.request(pathAndQuery).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
