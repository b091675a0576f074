package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON mapping of a run (docs/ARCHITECTURE.md, "Public contracts"), on hand-built results (no engine needed). */
class RunJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(Run run) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(RunJson.of(run)));
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelKeysInDesignOrder() throws Exception {
        JsonNode j = json(Runs.run(Experiment.DEFAULTS, Runs.result(null, null, 0.3)));
        assertEquals(List.of("config", "link", "dataPoints", "dataName", "iterations", "cost", "costMin", "costMax", "trainAccuracy", "testAccuracy",
                "gradientNorms", "saturation", "deadUnits", "saturatedUnits", "distinctUnits", "diverged", "final", "boundary",
                "data", "parameters", "snapshots", "trainingMillis"), keys(j));
        assertEquals(List.of("cost", "trainAccuracy", "testAccuracy", "iterations"), keys(j.get("final")));
        assertEquals(List.of("xMin", "xMax", "yMin", "yMax", "size", "values"), keys(j.get("boundary")));
        assertEquals(List.of("x1", "x2", "label"), keys(j.get("data").get("train")));
        assertEquals(List.of("initial", "final"), keys(j.get("parameters")));
        assertEquals(List.of("W", "b"), keys(j.get("parameters").get("final")));
    }

    @Test
    void configHasEveryKeyTypedAsInTheLink() throws Exception {
        Experiment e = Experiment.DEFAULTS.with("hidden", "4,3").orElseThrow();
        JsonNode j = json(Runs.run(e, Runs.result(null, null, 0.3)));
        String expected = "{\"dataset\":\"flower\",\"points\":400,\"noise\":0.2,\"testFraction\":0,\"dataSeed\":1,"
                + "\"hidden\":[4,3],\"activation\":\"tanh\",\"leak\":0.01,\"learningRate\":1.2,\"init\":\"random\","
                + "\"initScale\":0.01,\"initSeed\":2,\"iterations\":10000}";
        assertEquals(expected, MAPPER.writeValueAsString(j.get("config")));
        assertEquals(e.link(), j.get("link").asText());
    }

    @Test
    void seriesAndFinalValues() throws Exception {
        JsonNode j = json(Runs.run(Experiment.DEFAULTS, Runs.result(new double[] {0.4, 0.7, 0.85}, null, 0.3)));
        assertEquals("[0,50,100]", j.get("iterations").toString());
        assertEquals(0.693048, j.get("cost").get(0).asDouble());
        assertEquals("[[0.01,0.02,0.03],[0.1,0.2,0.3]]", j.get("gradientNorms").toString());
        assertEquals("[[0.75,0.5,0.25]]", j.get("saturation").toString(), "per hidden layer, per record");
        assertEquals("{\"cost\":0.3,\"trainAccuracy\":0.9075,\"testAccuracy\":0.85,\"iterations\":100}",
                j.get("final").toString());
        assertEquals(2, j.get("distinctUnits").asInt());
        assertTrue(j.get("diverged").isNull());
        assertEquals(12.5, j.get("trainingMillis").asDouble());
    }

    @Test
    void noTestSetGivesNullTestAccuracy() throws Exception {
        JsonNode j = json(Runs.run(Experiment.DEFAULTS, Runs.result(null, null, 0.3)));
        assertTrue(j.get("testAccuracy").isNull());
        assertTrue(j.get("final").get("testAccuracy").isNull());
        assertEquals("{\"x1\":[],\"x2\":[],\"label\":[]}", j.get("data").get("test").toString());
        assertEquals("{\"x1\":[1.0,2.0],\"x2\":[3.0,4.0],\"label\":[0,1]}", j.get("data").get("train").toString());
    }

    @Test
    void nonFiniteNumbersOfADivergedRunBecomeNull() throws Exception {
        JsonNode j = json(Runs.run(Experiment.DEFAULTS, Runs.result(null, 100, Double.NaN)));
        assertEquals(100, j.get("diverged").asInt());
        assertTrue(j.get("final").get("cost").isNull());
        assertEquals("[0.1,0.2,null,0.4]", j.get("boundary").get("values").toString());
        assertEquals("[[[1.5,-2.0],[3.0,4.0]],[[5.0,null]]]", j.get("parameters").get("final").get("W").toString());
        assertEquals("[[0.0,0.0],[0.0]]", j.get("parameters").get("initial").get("b").toString());
    }

    @Test
    void javalinsDefaultMapperWritesTheSameJson() throws Exception {
        RunJson run = RunJson.of(Runs.run(Experiment.DEFAULTS, Runs.result(null, 7, Double.NaN)));
        String javalin = io.javalin.json.JavalinJackson.defaultMapper().writeValueAsString(run);
        assertEquals(MAPPER.writeValueAsString(run), javalin);
    }
}
