package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;
import shallowlab.data.PointsCsv;
import shallowlab.experiment.Format;

/**
 * Over real HTTP: what the charts' words stand for, said beside them. The gradient charts say what ‖dW‖ is; the cost
 * chart says which iterations were recorded, checked against the iterations the run's JSON lists.
 */
class ChartHelpHttpTest extends AppTest {

    /** The text of the element with this id, tags removed, entities undone, whitespace collapsed. */
    static String textOf(String html, String id) {
        List<String> found = Html.matches(html, "(?s)id=\"" + id + "\"[^>]*>(.*?)</p>");
        assertEquals(1, found.size(), "one #" + id);
        return Html.unescape(found.get(0).replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ").strip();
    }

    /**
     * The course run's saturated share climbs to 92 %, which can read as a fault: the summary links the guide's
     * paragraph that explains it (an anchor that exists there, so the link lands on it).
     */
    @Test
    void theSaturatedShareLinksTheParagraphThatExplainsAHighShareAtTheEnd() {
        String link = "/learn/activation-derivatives#saturation-in-the-lab";
        assertTrue(app.get("/").body().contains("<a href=\"" + link + "\">high"));
        assertFalse(app.get("/?activation=relu&iterations=40").body().contains(link), "nothing to explain where nothing saturates");
        assertFalse(app.get("/?init=zeros&iterations=40").body().contains(link), "nor at 0 % → 0 %, which is not high");
        String guide = app.get(link.substring(0, link.indexOf('#'))).body();
        assertTrue(guide.contains("<p id=\"saturation-in-the-lab\">"), "the anchor is on the guide's paragraph");
        assertTrue(textOf(guide, "saturation-in-the-lab").contains("Saturation at the end of training is no fault in itself"));
    }

    /**
     * A share that is high from the start is not the course run's "no fault": the units were saturated before any
     * learning (large weights, or large inputs). XOR points scaled by 1000, uploaded, start over half saturated (the
     * run's own saturation says so) and the card says so and names the inputs' size; the same points unscaled start
     * low and get no such words. Oracle: each run's first saturation record from the API. The README's figures
     * (10,000 steps: 97 % saturated at the start and 55.50 % right at the end, against 0 % and 98.50 % unscaled) are
     * these runs'.
     */
    @Test
    void aShareHighFromTheStartSaysSoAndNamesLargeInputs() throws Exception {
        Dataset xor = DatasetKind.XOR.generate(200, 0.1, 4);
        double[] x1 = xor.x1().clone(), x2 = xor.x2().clone();
        for (int i = 0; i < x1.length; i++) { x1[i] *= 1000; x2[i] *= 1000; }
        double largest = 0;
        for (int i = 0; i < x1.length; i++) largest = Math.max(largest, Math.max(Math.abs(x1[i]), Math.abs(x2[i])));
        for (boolean scaled : List.of(true, false)) {
            Dataset points = scaled ? new Dataset(x1, x2, xor.label()) : xor;
            var answer = app.post("/api/datasets", "text/csv", PointsCsv.write(points));
            assertEquals(201, answer.status(), answer.body());
            String query = "dataset=" + new ObjectMapper().readTree(answer.body()).get("dataset").asText();
            var run = new ObjectMapper().readTree(app.get("/api/experiment?" + query).body());
            double start = run.get("saturation").get(0).get(0).asDouble();
            assertEquals(scaled ? "97 % 55.50 %" : "0 % 98.50 %", Format.wholePercent(start).replace('\u00a0', ' ') + " "
                    + Format.percent(run.get("final").get("trainAccuracy").asDouble()), "the README's figures");
            String page = app.get("/?" + query).body();
            if (scaled) {
                assertTrue(start > 0.5, "scaled by 1000, the units start saturated: " + start);
                String note = Html.unescape(Html.matches(page, "(?s)id=\"saturated-from-start\"[^>]*>(.*?)</small>").get(0)
                        .replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ");
                assertTrue(note.contains("high from the start") && note.contains("reach |x₁| or |x₂| = " + Format.plain(largest))
                        && note.contains("scale the inputs"), note);
                assertFalse(page.contains("no fault"), "not the course run's saturation");
            } else {
                assertTrue(start <= 0.5, "unscaled, they start unsaturated: " + start);
                assertFalse(page.contains("saturated-from-start"), "nothing to say");
            }
        }
    }

    @Test
    void theGradientChartsSayInWordsWhatTheNormIs() {
        for (String path : List.of("/?iterations=40", "/compare?iterations=40&vary=hidden:1,2")) {
            String html = app.get(path).body();
            String help = textOf(html, "gradient-what");
            for (String words : List.of("one number per layer", "square every entry", "weight gradient dW",
                    "add them up and take the square root", "Frobenius norm")) {
                assertTrue(help.contains(words), path + ": \"" + words + "\" in " + help);
            }
            int chart = html.indexOf("id=\"gradient-chart\""), card = html.lastIndexOf("<figure", chart);
            assertTrue(card < html.indexOf("id=\"gradient-what\"") && html.indexOf("id=\"gradient-what\"") < html.indexOf("</figure>", chart),
                    path + ": in the gradient chart's card");
        }
    }

    /**
     * The cost chart's sentence, read back as a rule (every iteration up to a last one; or each below E, every k-th
     * and the last), gives exactly the iterations the run's JSON holds, and their count.
     */
    @Test
    void theCostChartSaysWhichIterationsAreRecordedAsTheRunRecordedThem() throws Exception {
        for (String query : List.of("", "iterations=523", "iterations=300", "hidden=20&learningRate=10&iterations=2000",
                "activation=linear&learningRate=10")) {
            String said = textOf(app.get("/?" + query).body(), "cost-records");
            List<Integer> recorded = new ArrayList<>();
            new ObjectMapper().readTree(app.get("/api/experiment?" + query).body()).get("iterations")
                    .forEach(t -> recorded.add(t.asInt()));
            assertEquals(recorded, readBack(said, recorded.get(recorded.size() - 1)), query + ": " + said);
        }
        String course = textOf(app.get("/").body(), "cost-records");
        assertTrue(course.startsWith("Not every iteration is recorded: each one below 100, then every 20th"
                + " (20 = ⌈10000 / 500⌉) and the last, 596 records in all."), course);
        assertTrue(course.contains("the shaded band is the range the cost took"), course);
    }

    /** The iterations 0 … last that the sentence says are recorded, checking its count of records. */
    static List<Integer> readBack(String said, int last) {
        List<Integer> iterations = new ArrayList<>();
        Matcher all = Pattern.compile("^Every iteration, 0 to (\\d+), is recorded").matcher(said);
        if (all.find()) {
            for (int t = 0; t <= Integer.parseInt(all.group(1)); t++) iterations.add(t);
            return iterations;
        }
        Matcher rule = Pattern.compile("each one below (\\d+), then every (\\d+)(?:st|nd|rd|th)\\b.* and the last, (\\d+) records in all")
                .matcher(said);
        assertTrue(rule.find(), said);
        int early = Integer.parseInt(rule.group(1)), k = Integer.parseInt(rule.group(2));
        for (int t = 0; t <= last; t++) if (t < early || t % k == 0 || t == last) iterations.add(t);
        assertEquals(Integer.parseInt(rule.group(3)), iterations.size(), "the count of records");
        return iterations;
    }
}
