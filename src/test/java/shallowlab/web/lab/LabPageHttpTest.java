package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.experiment.Experiment;

/** The rendered lab page over real HTTP. */
class LabPageHttpTest extends AppTest {

    static String attribute(String html, String id, String attribute) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*?" + attribute + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "element #" + id + " with " + attribute);
        return m.group(1).replace("&amp;", "&");
    }

    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(m.find(), "element #" + id);
        return m.group(1);
    }

    @Test
    void shareLinkIsCanonicalWhateverTheOrderAndSpellingOfTheQuery() {
        var r = app.get("/?iterations=300&activation=relu&hidden=5,%203&learningRate=0.50");
        assertEquals(200, r.status(), r.body());
        String expected = Experiment.DEFAULTS.with("iterations", "300").orElseThrow()
                .with("activation", "relu").orElseThrow().with("hidden", "5,3").orElseThrow()
                .with("learningRate", "0.5").orElseThrow().link();
        assertEquals(expected, attribute(r.body(), "share-link", "value"));
        assertTrue(expected.startsWith("/?dataset=flower&points=400&noise=0.2&testFraction=0&dataSeed=1&hidden=5,3"));
    }

    @Test
    void aLinkGivesTheSamePageEveryTimeAndNewSeedLinksChangeOnlyTheirSeed() {
        String first = app.get("/?iterations=400").body();
        assertEquals(first, app.get("/?iterations=400").body(), "served again from the page cache, same bytes");
        Experiment e = Experiment.DEFAULTS.with("iterations", "400").orElseThrow();
        String newWeights = attribute(first, "new-init-seed", "href");
        String seed = newWeights.replaceAll(".*initSeed=(\\d+).*", "$1");
        assertFalse(seed.equals("2"), "a different init seed");
        assertEquals(e.with("initSeed", seed).orElseThrow().link(), newWeights, "nothing else changes");
        for (String init : List.of("zeros", "constant")) {   // weights that are not drawn: a new seed changes nothing
            assertFalse(app.get("/?iterations=40&init=" + init).body().contains("id=\"new-init-seed\""), init);
        }
        assertTrue(app.get("/?iterations=40&init=xavier").body().contains("id=\"new-init-seed\""));
    }

    @Test
    void everyPresetRunsAndTheDivergencePresetDiverges() {
        for (Preset preset : Preset.ALL) {
            var r = app.get(preset.href());
            assertEquals(200, r.status(), preset.name());
            if (preset.name().equals("Divergence")) assertTrue(r.body().contains("id=\"diverged\""));
        }
    }

    @Test
    void defaultPageShowsTheNotebooksFinalNumbers() {
        String html = app.get("/").body();
        String accuracy = text(html, "final-train-accuracy");
        assertEquals("90.50 %", accuracy);
        assertEquals("10000", text(html, "final-iterations"));
        assertEquals("4 of 4", text(html, "distinct-units"));
    }

    /** A deep net's saturated share names each layer, its start and its end, from the run's JSON. */
    @Test
    void aDeepNetsSaturatedShareNamesEachLayer() {
        String query = "hidden=6,3&iterations=500";
        JsonNode saturation = PresetOutcomesTest.json("/api/experiment?" + query).get("saturation");
        StringBuilder expected = new StringBuilder();
        for (int h = 0; h < saturation.size(); h++) {
            JsonNode share = saturation.get(h);
            expected.append(h == 0 ? "" : " · ").append("layer ").append(h + 1).append(": ")
                    .append(percent(share.get(0).asDouble())).append(" → ")
                    .append(percent(share.get(share.size() - 1).asDouble()));
        }
        assertEquals(expected.toString(), text(app.get("/?" + query).body(), "saturation-share"));
        assertFalse(text(app.get("/").body(), "saturation-share").contains("layer"), "one layer needs no name");
    }

    private static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.0f\u00a0%%", 100 * fraction);
    }

    @Test
    void aDeepNetsDistinctUnitsSayWhichLayerTheyCount() {
        assertEquals("6 of 6 in the first layer", text(app.get("/?hidden=6,3&iterations=50").body(), "distinct-units"));
    }

    @Test
    void invalidValuesAnswer400WithAMessageAtEachFieldAndKeepWhatWasTyped() {
        var r = app.get("/?points=7&hidden=4,x&learningRate=-1&activation=tanh");
        assertEquals(400, r.status());
        String html = r.body();
        assertTrue(text(html, "points-error").contains("even"), text(html, "points-error"));
        assertFalse(text(html, "hidden-error").isBlank());
        assertFalse(text(html, "learningRate-error").isBlank());
        assertEquals("7", attribute(html, "points", "value"));
        assertEquals("4,x", attribute(html, "hidden", "value"));
        assertEquals("-1", attribute(html, "learningRate", "value"));
        assertFalse(html.contains("id=\"final-numbers\""), "nothing was run");
    }

    /** The page ignores a key it doesn't know (TrackingKeysHttpTest has the messengers' keys); the API names it. */
    @Test
    void unknownKeyIsIgnoredOnThePageAndNamedByTheApi() {
        var r = app.get("/?colour=blue&iterations=300");
        assertEquals(200, r.status());
        assertEquals(Experiment.DEFAULTS.with("iterations", "300").orElseThrow().link(),
                attribute(r.body(), "share-link", "value"));
        var api = app.get("/api/experiment?colour=blue&iterations=300");
        assertEquals(400, api.status());
        assertTrue(api.body().contains("colour"), "the unknown key is named");
    }

    @Test
    void userTextIsEscapedInTheForm() {
        var r = app.get("/?hidden=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(400, r.status());
        assertFalse(r.body().contains("<script>alert(1)"), "typed text must be escaped");
    }

    @Test
    void divergedRunExplainsItself() {
        var r = app.get("/?hidden=8,8&activation=linear&learningRate=10&initScale=3&iterations=5000");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("id=\"diverged\""), "the run diverges and the page says so");
        assertTrue(r.body().contains("learning rate is too large"));
        assertTrue(text(r.body(), "final-cost").matches("\\d\\.\\d{4}e\\+\\d+"), "a blown-up cost in short form: "
                + text(r.body(), "final-cost"));
    }

    /**
     * A diverged run's numbers are those of its last finite record, one before the iteration it diverged at (which
     * the alert, the boundary and the diagram name): the stats say so rather than read as the whole run's length.
     */
    @Test
    void aDivergedRunsStatsSayTheyAreOfTheLastFiniteIteration() {
        String link = "/?activation=linear&learningRate=10";   // the Divergence preset
        JsonNode run = PresetOutcomesTest.json("/api/experiment" + link.substring(1));
        int diverged = run.get("diverged").asInt(), last = run.get("final").get("iterations").asInt();
        assertEquals(diverged - 1, last, "the last finite record is the one before divergence");
        String html = app.get(link).body();
        assertEquals("last finite iteration", text(html, "final-iterations-label"));
        assertEquals(String.valueOf(last), text(html, "final-iterations"));
        assertTrue(html.contains("Training diverged at iteration " + diverged + " and stopped there."));
        JsonNode snapshots = run.get("snapshots");
        JsonNode weights = snapshots.get("parameters").get(snapshots.get("parameters").size() - 1).get("W");
        assertEquals(diverged, snapshots.get("iterations").get(snapshots.get("iterations").size() - 1).asInt(),
                "the last snapshot is at the iteration it diverged at, its weights finite");
        double largest = 0;
        for (JsonNode layer : weights)
            for (JsonNode row : layer) for (JsonNode w : row) largest = Math.max(largest, Math.abs(w.asDouble()));
        String largestText = String.format(java.util.Locale.ROOT, "%.1e", largest);
        assertEquals("There the cost became too large for a number (above 1.8 × 10³⁰⁸) while"
                + " the weights were still finite (the largest is " + largestText + "): the boundary and the diagram"
                + " show those weights, at " + diverged + "; the charts and the numbers below end at " + last
                + ", the last finite cost.", text(html, "diverged-how"));
        assertEquals("iterations", text(app.get("/").body(), "final-iterations-label"));
    }
}
