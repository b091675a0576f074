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
