package shallowlab.web.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.RunningApp;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Sweep;

/** Each suggested comparison, run on the default experiment through {@code /api/compare}, shows what it is named for. */
@Tag("engine")
class SuggestionOutcomesTest extends AppTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Per suggestion key: a check on its runs, by value text. */
    static final Map<String, Consumer<Map<String, JsonNode>>> CHECKS = Map.of(
            "hidden", r -> {
                assertTrue(accuracy(r.get("1")) < accuracy(r.get("4")) - 0.1, "1 unit can't draw the flower");
                assertTrue(accuracy(r.get("4")) > 0.88 && accuracy(r.get("5")) > 0.88);
            },
            "activation", r -> {
                assertTrue(accuracy(r.get("linear")) < 0.5, "linear is logistic regression");
                for (String a : r.keySet()) assertTrue(finalCost(r.get("tanh")) <= finalCost(r.get(a)), a);
            },
            "learningRate", r -> {
                assertTrue(finalCost(r.get("0.01")) > 0.6, "α = 0.01 crawls");
                assertTrue(finalCost(r.get("10")) > finalCost(r.get("1.2")) + 0.03, "α = 10 ends behind");
                assertTrue(maxRise(r.get("10")) > 0.3, "α = 10 overshoots: the cost jumps " + maxRise(r.get("10")));
            },
            "initScale", r -> {
                assertEquals(Math.log(2), finalCost(r.get("0")), 1e-6, "scale 0 never moves");
                assertTrue(cost0(r.get("10")) > 5, "randn·10 starts far above 0.693");
                // the README: on the flower it recovers and ends about level (the moons preset shows it fail)
                assertEquals(finalCost(r.get("0.01")), finalCost(r.get("10")), 0.02, "randn·10 ends about level");
            },
            "init", r -> {
                assertEquals(1, r.get("zeros").get("distinctUnits").asInt());
                assertEquals(1, r.get("constant").get("distinctUnits").asInt());
                assertEquals(4, r.get("random").get("distinctUnits").asInt());
            },
            "dataset", r -> {
                assertTrue(accuracy(r.get("gaussians")) > 0.99, "separable blobs");
                assertTrue(accuracy(r.get("spiral")) < 0.7, "4 units can't follow the spiral");
            });

    @Test
    void everySuggestionHasACheckAndShowsItOnTheDefaultExperiment() {
        assertEquals(Sweep.SUGGESTED.stream().map(Sweep.Suggestion::key).collect(Collectors.toSet()), CHECKS.keySet());
        for (Sweep.Suggestion s : Sweep.SUGGESTED) {
            Sweep sweep = Sweep.parse(Experiment.DEFAULTS, s.spec()).sweep();
            RunningApp.Response response = app.get("/api/compare?" + sweep.toQuery());
            assertEquals(200, response.status(), response.body());
            Map<String, JsonNode> runs = new LinkedHashMap<>();
            try {
                JsonNode body = JSON.readTree(response.body());
                for (int i = 0; i < sweep.values().size(); i++) runs.put(sweep.values().get(i), body.get("runs").get(i).get("run"));
            } catch (Exception e) {
                throw new AssertionError(response.body(), e);
            }
            CHECKS.get(s.key()).accept(runs);
        }
    }

    static double finalCost(JsonNode run) { return run.get("final").get("cost").asDouble(); }

    static double cost0(JsonNode run) { return run.get("cost").get(0).asDouble(); }

    static double accuracy(JsonNode run) { return run.get("final").get("trainAccuracy").asDouble(); }

    /** The largest rise of the recorded cost from one record to the next. */
    static double maxRise(JsonNode run) {
        JsonNode c = run.get("cost");
        double max = 0;
        for (int r = 1; r < c.size(); r++) max = Math.max(max, c.get(r).asDouble() - c.get(r - 1).asDouble());
        return max;
    }
}
