package shallowlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppHttpTest {
    static RunningApp app;

    @BeforeAll
    static void start() { app = new RunningApp(); }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void healthAnswersOkAsJson() {
        var response = app.get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"status\":\"ok\""), response.body());
    }

    @Test
    void labPageHasTheFormWithEveryParameterAndTheChartLibrary() {
        var response = app.get("/");
        assertEquals(200, response.statusCode());
        String html = response.body();
        for (String key : new String[] {"dataset", "points", "noise", "testFraction", "dataSeed", "hidden",
                "activation", "leak", "learningRate", "init", "initScale", "initSeed", "iterations"}) {
            assertTrue(html.contains("name=\"" + key + "\""), "form field " + key);
        }
        assertTrue(html.contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"page-data\">"));
    }

    @Test
    void chartLibraryAndScriptsAreServed() {
        assertEquals(200, app.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").statusCode());
        assertEquals(200, app.get("/static/js/lab.js").statusCode());
        assertEquals(200, app.get("/static/css/app.css").statusCode());
    }

    @Test
    void everyResponseForbidsInlineScriptAndFraming() {
        var response = app.get("/");
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
