package shallowlab.web.lab;

import shallowlab.AppTest;
import shallowlab.RunningApp;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad requests over real HTTP; none of them reaches the engine. */
class ApiControllerTest extends AppTest {

    static JsonNode errors(RunningApp.Response r) throws Exception {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        return new ObjectMapper().readTree(r.body()).get("errors");
    }

    @Test
    void oddPointsIs400WithTheMessageAtPoints() throws Exception {
        JsonNode errors = errors(app.get("/api/experiment?points=7"));
        assertEquals("{\"points\":\"must be an even number from 20 to 2000\"}", errors.toString());
    }

    /** A broken %-escape named at its key (it was decoded to nothing: the default ran, or "is required" was said). */
    @Test
    void aBrokenPercentEscapeIs400AtItsKey() throws Exception {
        assertTrue(rawErrors("/api/experiment?hidden=%zz").get("hidden").asText().startsWith("has a % not followed"));
        assertTrue(rawErrors("/api/experiment?hidden=4%2").get("hidden").asText().contains("'hidden=4%2'"));
        assertTrue(rawErrors("/api/experiment?%zz=1").has("query"), "a key that can't be read");
        assertTrue(rawErrors("/api/compare?vary=hidden:1,2&iterations=5%").has("iterations"));
        assertEquals(200, app.get("/api/experiment/points.csv?hidden=4%2C3").status(), "a whole escape reads as before");
    }

    /** The errors of a 400 answered to {@code target} sent as written. */
    static JsonNode rawErrors(String target) throws Exception {
        String answer = app.rawGet(target);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        return new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).get("errors");
    }

    @Test
    void unknownKeyIs400() throws Exception {
        JsonNode errors = errors(app.get("/api/experiment?foo=1"));
        assertEquals("{\"foo\":\"unknown parameter\"}", errors.toString());
    }

    @Test
    void everyBadFieldIsReportedInTableOrder() throws Exception {
        JsonNode errors = errors(app.get("/api/experiment?iterations=0&hidden=4,0&noise=NaN&learningRate=&x=2"));
        List<String> keys = new ArrayList<>();
        errors.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("noise", "hidden", "learningRate", "iterations", "x"), keys);
        assertEquals("is required and must be a number greater than 0 and at most 10", errors.get("learningRate").asText());
    }

    @Test
    void csvEndpointRejectsTheSameWay() throws Exception {
        JsonNode errors = errors(app.get("/api/experiment.csv?activation=softmax&points=10"));
        assertEquals("must be one of sigmoid, tanh, relu, leaky_relu, linear", errors.get("activation").asText());
        assertEquals("must be an even number from 20 to 2000", errors.get("points").asText());
    }

    @Test
    void repeatedKeyIs400() throws Exception {
        assertEquals("is given more than once", errors(app.get("/api/experiment?noise=0.1&noise=0.2"))
                .get("noise").asText());
    }
}
