package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;

/**
 * A key that can't change the run (leak unless leaky_relu; initScale for xavier, he and zeros) over real HTTP: links
 * that differ only there replay as one canonical link and one cached run, old links keep working, the form says so.
 */
class InactiveFieldsHttpTest extends AppTest {
    static JsonNode run(String query) throws Exception {
        var r = app.get("/api/experiment?" + query);
        assertEquals(200, r.status(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    /** Same canonical link, same numbers, and the same training time: the second answer came from the first's cache. */
    static void oneRun(String canonical, String... variants) throws Exception {
        JsonNode first = run(canonical);
        for (String q : variants) {
            JsonNode other = run(q);
            assertEquals(first.get("link"), other.get("link"), q);
            assertEquals(first.get("final"), other.get("final"), q);
            assertEquals(first.get("trainingMillis"), other.get("trainingMillis"), q + ": one cache entry");
        }
    }

    @Test
    void leakOnlyMattersForLeakyRelu() throws Exception {
        oneRun("activation=relu&iterations=60", "activation=relu&leak=0.3&iterations=60",
                "activation=relu&leak=0&iterations=60");
        assertFalse(run("activation=relu&leak=0.3&iterations=60").get("link").asText().contains("leak="));
        String leaky = run("activation=leaky_relu&leak=0.3&iterations=60").get("link").asText();
        assertTrue(leaky.contains("&leak=0.3&"), leaky);
        assertTrue(!run("activation=leaky_relu&leak=0.3&iterations=60").get("final")
                .equals(run("activation=leaky_relu&leak=0.01&iterations=60").get("final")), "there it changes the run");
    }

    @Test
    void initScaleOnlyMattersForRandomAndConstant() throws Exception {
        for (String init : new String[] {"xavier", "he", "zeros"}) {
            oneRun("init=" + init + "&iterations=60", "init=" + init + "&initScale=5&iterations=60");
            assertFalse(run("init=" + init + "&initScale=5&iterations=60").get("link").asText().contains("initScale="));
        }
        assertTrue(run("init=constant&initScale=0.5&iterations=60").get("link").asText().contains("&initScale=0.5&"));
    }

    @Test
    void anOldLinkThatSpellsOutTheLeakStillReplaysTheSameRun() throws Exception {
        oneRun("iterations=60", "dataset=flower&points=400&noise=0.2&testFraction=0&dataSeed=1&hidden=4"
                + "&activation=tanh&leak=0.01&learningRate=1.2&init=random&initScale=0.01&initSeed=2&iterations=60");
        assertEquals(200, app.get("/?activation=tanh&leak=0.3&iterations=60").status());
    }

    @Test
    void theFormShowsAnInactiveFieldDisabledWithItsReason() {
        String tanh = app.get("/?iterations=20").body();
        assertTrue(input(tanh, "leak").contains("disabled"), input(tanh, "leak"));
        assertTrue(tanh.contains("Changes nothing here: used only by leaky_relu."));
        assertFalse(input(tanh, "initScale").contains("disabled"), "random init reads its scale");
        String leaky = app.get("/?iterations=20&activation=leaky_relu&init=he").body();
        assertFalse(input(leaky, "leak").contains("disabled"));
        assertTrue(input(leaky, "initScale").contains("disabled"), input(leaky, "initScale"));
    }

    @Test
    void comparingAcrossAnInactiveKeyIsRefusedWithTheReason() {
        var r = app.get("/api/compare?iterations=20&vary=leak:0.1,0.2");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("\"vary\"") && r.body().contains("used only by leaky_relu"), r.body());
        assertEquals(200, app.get("/api/compare?iterations=20&activation=leaky_relu&vary=leak:0.1,0.2").status());
    }

    /** The input element of field {@code key}. */
    static String input(String html, String key) {
        Matcher m = Pattern.compile("<input id=\"" + key + "\"[^>]*>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), key);
        return m.group();
    }
}
