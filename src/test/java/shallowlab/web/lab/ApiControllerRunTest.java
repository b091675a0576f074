package shallowlab.web.lab;

import shallowlab.AppTest;
import shallowlab.RunningApp;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.experiment.Experiment;

/** Needs the engine (nn, data): real runs served over HTTP. */
@Tag("engine")
class ApiControllerRunTest extends AppTest {

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void runJsonHasTheShapeOfDesign4() throws Exception {
        RunningApp.Response r = app.get("/api/experiment?iterations=200&testFraction=0.2&hidden=4,3");
        assertEquals(200, r.status(), r.body());
        JsonNode j = new ObjectMapper().readTree(r.body());
        assertEquals(List.of("config", "link", "dataPoints", "dataName", "iterations", "cost", "costMin", "costMax", "trainAccuracy", "testAccuracy",
                "gradientNorms", "saturation", "deadUnits", "saturatedUnits", "distinctUnits", "diverged", "final",
                "boundary", "data", "parameters", "snapshots", "trainingMillis"), keys(j));
        assertEquals("[4,3]", j.get("config").get("hidden").toString());
        assertTrue(r.body().contains("\"link\":\"" + j.get("link").asText() + "\""), "the link as written, '&' unescaped");
        assertEquals(400, j.get("dataPoints").asInt(), "train and test: the generated count");
        assertEquals(Experiment.DEFAULTS.with("iterations", "200").orElseThrow().with("testFraction", "0.2")
                .orElseThrow().with("hidden", "4,3").orElseThrow().link(), j.get("link").asText());
        assertEquals(3, j.get("gradientNorms").size());
        assertEquals(2, j.get("saturation").size(), "one series per hidden layer");
        assertEquals(j.get("iterations").size(), j.get("saturation").get(1).size(), "one value per record");
        assertEquals(200, j.get("final").get("iterations").asInt());
        assertEquals(3600, j.get("boundary").get("values").size());
        assertEquals(80, j.get("data").get("test").get("label").size());
        assertEquals(3, j.get("parameters").get("final").get("W").size());
    }

    @Test
    void defaultRunStartsAtTheNotebooksCost() throws Exception {
        JsonNode j = new ObjectMapper().readTree(app.get("/api/experiment").body());
        assertEquals(0.693048, j.get("cost").get(0).asDouble(), 1e-6);
        assertTrue(j.get("testAccuracy").isNull());
    }

    @Test
    void csvIsADownloadWithOneRowPerRecord() throws Exception {
        RunningApp.Response r = app.get("/api/experiment.csv?iterations=100&hidden=4,3");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("text/csv"));
        assertEquals("attachment; filename=\"shallow-lab-flower-tanh-4x3-series.csv\"", r.header("Content-Disposition"));
        String[] lines = r.body().split("\r\n");
        assertEquals("iteration,cost,trainAccuracy,testAccuracy,gradNormW1,gradNormW2,gradNormW3", lines[0]);
        assertTrue(lines[1].startsWith("0,"), lines[1]);
        assertTrue(lines[lines.length - 1].startsWith("100,"), lines[lines.length - 1]);
    }
}
