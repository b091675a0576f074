package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import shallowlab.AppTest;
import shallowlab.RunningApp;
import shallowlab.experiment.Experiment;

/**
 * Every guide's outcome sentence, checked on its trials as served by {@code GET /api/experiment} (the runs its
 * buttons open). Checks see the runs' JSON in the guide's trial order.
 */
@Tag("engine")
class GuideOutcomesTest extends AppTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static final Map<String, Consumer<List<JsonNode>>> CHECKS = Map.ofEntries(
            Map.entry("sigmoid-vs-tanh", GuideOutcomes::tanhLearnsFasterThanSigmoid),
            Map.entry("why-non-linear", GuideOutcomes::linearHiddenLayerIsLogisticRegression),
            Map.entry("activation-derivatives", GuideOutcomes::largeInitialWeightsSaturateTanh),
            Map.entry("vanishing-gradients", GuideOutcomes::sigmoidGradientsVanishReluGradientsDoNot),
            Map.entry("relu-and-leaky-relu", GuideOutcomes::reluUnitsDieLeakyUnitsLive),
            Map.entry("relu-learns-faster", GuideOutcomes::reluLearnsFasterOnTheCirclesAndLosesOnTheSmallFlower),
            Map.entry("zero-init", GuideOutcomes::zeroInitNeverMoves),
            Map.entry("constant-init", GuideOutcomes::constantInitLearnsAsClones),
            Map.entry("initial-scale", GuideOutcomes::largeInitialScaleStartsHighAndLearnsLess),
            Map.entry("learning-rate", GuideOutcomes::smallAlphaCrawlsLargeAlphaOvershoots),
            Map.entry("gradient-descent", GuideOutcomes::gradientDescentLowersTheCostAtEveryStep));

    @Test
    void everyGuideHasAnOutcomeCheck() {
        assertEquals(Guides.ALL.stream().map(Guide::slug).collect(Collectors.toSet()), CHECKS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachGuidesTrialsShowItsOutcome() {
        return Guides.ALL.stream().map(guide -> DynamicTest.dynamicTest(guide.slug() + ": " + guide.outcome(), () -> {
            List<JsonNode> runs = guide.trials().stream().map(t -> run(t.experiment())).toList();
            CHECKS.get(guide.slug()).accept(runs);
        }));
    }

    /** The comparison a page links to ({@code /compare?…}), as {@code GET /api/compare} serves it. */
    static JsonNode compare(String link) {
        RunningApp.Response r = app.get("/api" + link);
        assertEquals(200, r.status(), r.body());
        try {
            return JSON.readTree(r.body());
        } catch (Exception ex) {
            throw new AssertionError("not JSON: " + r.body(), ex);
        }
    }

    static JsonNode run(Experiment e) {
        RunningApp.Response r = app.get("/api/experiment?" + e.toQuery());
        assertEquals(200, r.status(), r.body());
        try {
            JsonNode json = JSON.readTree(r.body());
            assertEquals(e.link(), json.get("link").asText(), "the API ran the trial's experiment");
            return json;
        } catch (Exception ex) {
            throw new AssertionError("not JSON: " + r.body(), ex);
        }
    }

    @Test
    void theChecksReadTheRecordsTheyMeanTo() {
        JsonNode zero = run(Guides.bySlug("zero-init").orElseThrow().trials().get(0).experiment());
        assertEquals(1000, GuideOutcomes.finalIterations(zero));
        assertTrue(GuideOutcomes.costAt(zero, 200) > 0);
    }
}
