package shallowlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shallowlab.web.ChartJs;

class AppHttpTest extends AppTest {

    @Test
    void healthAnswersOkAsJson() {
        var response = app.get("/health");
        assertEquals(200, response.status());
        assertTrue(response.header("Content-Type").startsWith("application/json"));
        assertTrue(response.body().contains("\"status\":\"ok\""), response.body());
        assertTrue(response.body().contains("\"trainings\":{\"running\":0,\"queued\":0}"),
                "an idle server trains nothing: " + response.body());
        assertTrue(response.body().contains("\"engine\":{\"vectorBits\":" + shallowlab.nn.VectorWidth.engineBits()
                + ",\"vectors\":\""), response.body());
        assertEquals(null, response.header("Set-Cookie"), "a load balancer's probe is given no browser id");
        assertEquals(null, app.get("/health/ready").header("Set-Cookie"));
        assertTrue(app.get("/?iterations=30").header("Set-Cookie") != null, "a page is");
    }

    /** WARM_UP=false once warmed up all the same (only 0 skipped it); a value that says neither stops start-up. */
    @Test
    void warmUpIsOnUnlessSaidOffAndAnUnreadableValueIsNamed() {
        assertTrue(App.warmUpWanted(null) && App.warmUpWanted("1") && App.warmUpWanted("true"));
        assertFalse(App.warmUpWanted("0") || App.warmUpWanted("false") || App.warmUpWanted("FALSE"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> App.warmUpWanted("no"));
        assertTrue(e.getMessage().startsWith("WARM_UP must be"), e.getMessage());
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
        assertTrue(html.contains("<script src=\"" + ChartJs.PATH + "\">"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"page-data\">"));
    }

    @Test
    void chartLibraryAndScriptsAreServed() {
        assertEquals(200, app.get(ChartJs.PATH).status());
        assertEquals(200, app.get("/static/js/lab.js").status());
        assertEquals(200, app.get("/static/css/app.css").status());
    }

    @Test
    void theChartScriptCarriesTheWebJarVersionThePomNames() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        assertTrue(pom.contains("<chartjs.version>" + ChartJs.VERSION + "</chartjs.version>"), ChartJs.VERSION);
        assertEquals("/webjars/chart.js/" + ChartJs.VERSION + "/dist/chart.umd.min.js", ChartJs.PATH);
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
