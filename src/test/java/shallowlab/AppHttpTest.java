package shallowlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppHttpTest extends AppTest {

    @Test
    void healthAnswersOkAsJson() {
        var response = app.get("/health");
        assertEquals(200, response.status());
        assertTrue(response.header("Content-Type").startsWith("application/json"));
        assertTrue(response.body().contains("\"status\":\"ok\""), response.body());
        assertTrue(response.body().contains("\"trainings\":{\"running\":0,\"queued\":0}"),
                "an idle server trains nothing: " + response.body());
    }

    @Test
    void labPageHasTheFormWithEveryParameterAndTheChartLibrary() {
        var response = app.get("/");
        assertEquals(200, response.status());
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
        assertEquals(200, app.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").status());
        assertEquals(200, app.get("/static/js/lab.js").status());
        assertEquals(200, app.get("/static/css/app.css").status());
    }

    @Test
    void everyResponseForbidsInlineScriptAndFraming() {
        var response = app.get("/");
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }
}
