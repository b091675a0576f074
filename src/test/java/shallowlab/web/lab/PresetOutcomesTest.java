package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.guide.GuideOutcomes;
import shallowlab.RunningApp;

/**
 * Every preset's "what to look for" line, checked on exactly its run through the API: a lab preset's runs are those
 * of its link (and of its side-by-side link), a comparison preset's those of {@code /api/compare}.
 */
@Tag("engine")
class PresetOutcomesTest extends AppTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final double LOG_2 = Math.log(2);

    /** Per preset: its runs (one for a lab preset without a comparison) in order. */
    static final Map<String, Consumer<List<JsonNode>>> CHECKS = Map.ofEntries(
            Map.entry("Course default", r -> {
                assertEquals(0.693, cost(r.get(0), 0), 0.001);
                assertTrue(finalCost(r.get(0)) < 0.23 && accuracy(r.get(0)) > 0.9);
            }),
            Map.entry("Hidden layer sizes", r -> {
                // The notebook's printed table: "Accuracy for 1 hidden units: 67.5 %" … "50 hidden units: 90.75 %".
                double[] notebook = {0.675, 0.6725, 0.9075, 0.905, 0.9125, 0.905, 0.9075};
                for (int i = 0; i < notebook.length; i++) {
                    assertEquals(notebook[i], accuracy(r.get(i)), 1e-12, r.get(i).get("config").get("hidden") + " units");
                    assertEquals(5000, r.get(i).get("config").get("iterations").asInt());
                }
                for (int i = 0; i < notebook.length; i++)
                    assertTrue(accuracy(r.get(i)) <= accuracy(r.get(4)), "5 units are best; 20 and 50 no better");
                assertTrue(finalCost(r.get(5)) < finalCost(r.get(4)) && finalCost(r.get(6)) < finalCost(r.get(4)),
                        "20 and 50 units reach a lower cost than 5");
            }),
            Map.entry("Sigmoid vs tanh", r -> {
                assertTrue(costAt(r.get(0), 1000) > 0.59, "sigmoid at 1000: " + costAt(r.get(0), 1000));
                assertTrue(costAt(r.get(1), 1000) < 0.29, "tanh at 1000: " + costAt(r.get(1), 1000));
                assertEquals(0.27, finalCost(r.get(0)), 0.005);
                assertEquals(0.22, finalCost(r.get(1)), 0.005);
                assertEquals(0.8975, accuracy(r.get(0)), 1e-12);
                assertEquals(0.905, accuracy(r.get(1)), 1e-12);
            }),
            Map.entry("ReLU", r -> {
                assertEquals(0.70, accuracy(r.get(0)), 0.02);
                assertEquals(0.0, r.get(0).get("deadUnits").get(0).asDouble(), "no unit dead");
                JsonNode tanh = r.get(1), relu = r.get(2);   // side by side, at the preset's own settings
                assertEquals(accuracy(r.get(0)), accuracy(relu), "the comparison holds the preset's run");
                assertEquals("tanh", tanh.get("config").get("activation").asText());
                assertTrue(accuracy(relu) < accuracy(tanh) - 0.1, "behind tanh: " + accuracy(relu) + " vs " + accuracy(tanh));
            }),
            Map.entry("ReLU learns faster", r -> {
                double sigmoid = finalCost(r.get(0)), tanh = finalCost(r.get(1)), relu = finalCost(r.get(2));
                assertTrue(relu < tanh / 5 && tanh < sigmoid, relu + " < " + tanh + " < " + sigmoid);
            }),
            Map.entry("Zero init", r -> {
                for (JsonNode c : r.get(0).get("cost")) assertEquals(LOG_2, c.asDouble(), 1e-6);
                assertEquals(1, r.get(0).get("distinctUnits").asInt());
            }),
            Map.entry("Constant init", r -> {
                assertTrue(finalCost(r.get(0)) < cost(r.get(0), 0) - 0.01, "the cost falls");
                assertEquals(1, r.get(0).get("distinctUnits").asInt());
            }),
            Map.entry("Too large init", r -> {
                JsonNode large = r.get(0), small = r.get(1), largeAgain = r.get(2);
                assertEquals(4.9, cost(large, 0), 0.05);
                assertTrue(finalCost(large) > finalCost(small) + 0.1, finalCost(large) + " vs " + finalCost(small));
                assertEquals(finalCost(large), finalCost(largeAgain), "the comparison holds the preset's run");
                // "as it already was before its one jump near step 3100": the one rise above 0.5 is there, and the
                // record before it is far behind randn·0.01's at the same iteration
                JsonNode cost = large.get("cost"), its = large.get("iterations");
                int jump = -1;
                for (int k = 1; k < cost.size(); k++) {
                    if (cost.get(k).asDouble() - cost.get(k - 1).asDouble() > 0.5) {
                        assertEquals(-1, jump, "one jump, not two: at " + its.get(k));
                        jump = k;
                    }
                }
                assertTrue(jump > 0 && Math.abs(its.get(jump).asInt() - 3100) <= 100, "the jump near 3100: " + jump);
                int before = its.get(jump - 1).asInt();
                assertTrue(cost.get(jump - 1).asDouble() > 10 * costAt(small, before), "behind at " + before + ": "
                        + cost.get(jump - 1) + " vs " + costAt(small, before));
            }),
            Map.entry("Too large learning rate", r -> {
                JsonNode large = r.get(0), tenth = r.get(1);
                assertTrue(rises(large) > 50, "rises " + rises(large));
                double[] swing = GuideOutcomes.costRangeFrom(large, 1500);
                assertTrue(swing[0] < 0.25 && swing[1] > 1.1, "α = 10 from 1500: " + swing[0] + " to " + swing[1]);
                assertEquals(0, GuideOutcomes.risesFrom(tenth, 1500), "α = 1 falls smoothly over the last 500 steps");
                assertEquals(0.22, finalCost(tenth), 0.005);
                assertEquals(0.1, tenth.get("config").get("learningRate").asDouble() / 10, 1e-12);
                assertEquals(20, large.get("config").get("hidden").get(0).asInt());
                assertEquals(2000, large.get("config").get("iterations").asInt());
            }),
            Map.entry("Linear activation", r -> {
                assertEquals(0.693, cost(r.get(0), 0), 0.0005);
                assertEquals(0.673, finalCost(r.get(0)), 0.0005);
                assertEquals(0.673, costAt(r.get(0), 30), 0.0005, "by step 30, the table's second row");
                assertTrue(costAt(r.get(0), 30) - finalCost(r.get(0)) < 1e-4, "the fall is over by step 30");
                assertEquals(0.47, accuracyAt(r.get(0), 30), 1e-12, "and so is the accuracy's");
                assertEquals(0.5975, r.get(0).get("trainAccuracy").get(0).asDouble(), 1e-12);
                assertEquals(0.47, accuracy(r.get(0)), 1e-12);
            }),
            Map.entry("Divergence", r -> {
                JsonNode diverging = r.get(0), base = r.get(1);
                assertFalse(diverging.get("diverged").isNull(), "diverges");
                assertTrue(base.get("diverged").isNull(), "α = 1.2 does not");
                assertEquals(run(Preset.ALL.stream().filter(p -> p.name().equals("Linear activation")).findFirst().orElseThrow()
                        .href()).get("link"), base.get("link"), "the base is the linear preset");
            }));

    @Test
    void everyPresetHasACheck() {
        assertEquals(Preset.ALL.stream().map(Preset::name).collect(Collectors.toSet()), CHECKS.keySet());
    }

    @Test
    void everyPresetShowsWhatItsLineSays() {
        for (Preset p : Preset.ALL) {
            List<JsonNode> runs = new java.util.ArrayList<>();
            if (p.href().startsWith("/compare?")) runs.addAll(compared(p.href()));
            else runs.add(run(p.href()));
            if (p.compareHref() != null) runs.addAll(compared(p.compareHref()));
            try {
                CHECKS.get(p.name()).accept(runs);
            } catch (AssertionError e) {
                throw new AssertionError(p.name() + ": " + e.getMessage(), e);
            }
        }
    }

    static JsonNode run(String labLink) {
        return json("/api/experiment?" + labLink.substring(2));
    }

    /** The runs of a comparison link, in its values' order; the value the preset changes comes first when listed so. */
    static List<JsonNode> compared(String compareLink) {
        JsonNode body = json("/api/compare?" + compareLink.substring("/compare?".length()));
        List<JsonNode> runs = new java.util.ArrayList<>();
        for (JsonNode item : body.get("runs")) runs.add(item.get("run"));
        return runs;
    }

    static JsonNode json(String path) {
        RunningApp.Response r = app.get(path);
        assertEquals(200, r.status(), path + " " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    static double cost(JsonNode run, int record) { return GuideOutcomes.cost(run, record); }

    static double finalCost(JsonNode run) { return run.get("final").get("cost").asDouble(); }

    static double accuracy(JsonNode run) { return run.get("final").get("trainAccuracy").asDouble(); }

    static double costAt(JsonNode run, int iteration) { return GuideOutcomes.costAt(run, iteration); }

    static double accuracyAt(JsonNode run, int iteration) { return GuideOutcomes.accuracyAt(run, iteration); }

    static int rises(JsonNode run) { return GuideOutcomes.rises(run); }
}
