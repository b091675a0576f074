package shallowlab.web.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;
import shallowlab.RunningApp;
import shallowlab.experiment.Experiment;
import shallowlab.guide.Guide;
import shallowlab.guide.Guides;
import shallowlab.guide.Trial;

/** The Learn pages over real HTTP: the index, each guide and its buttons, the 404, the lab's links to them. */
@Tag("engine")
class GuideControllerTest extends AppTest {

    /**
     * The ReLU guide's peak (90.75 % at step 9) and jump (cost 1.35 at step 11) are a sliver of its 1000-step curves
     * and fall between the rows of their table: its link to the same run stopped at step 20 lists every step, and
     * those steps there are the longer run's.
     */
    @Test
    void theReluGuidesFirstStepsLinkListsThePeakAndTheJumpItQuotes() {
        String guide = unescape(app.get("/learn/relu-and-leaky-relu").body());
        List<String> href = Html.matches(guide, "id=\"relu-first-steps\" href=\"([^\"]+)\"");
        assertEquals(1, href.size());
        String lab = app.get(href.get(0)).body();
        List<String> cells = Html.matches(lab, "(?s)<summary>The numbers behind the curves</summary>.*?<tbody>(.*?)</tbody>");
        Map<String, String[]> byStep = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr>\\s*<td>(\\d+)</td><td>([^<]+)</td><td>([^<]+)</td>").matcher(cells.get(0));
        while (row.find()) byStep.put(row.group(1), new String[] {row.group(2), row.group(3)});
        assertEquals(21, byStep.size(), "steps 0 to 20, each: " + byStep.keySet());
        assertEquals("90.75 %", byStep.get("9")[1].replace('\u00a0', ' '), "the peak the guide quotes");
        assertTrue(byStep.get("11")[0].startsWith("1.35"), "the jump: " + byStep.get("11")[0]);
        var longer = shallowlab.guide.Guides.bySlug("relu-and-leaky-relu").orElseThrow().trials().get(0).experiment();
        var shorter = Experiment.fromQuery(shallowlab.web.Links.parse(href.get(0)).query()).experiment();
        assertEquals(longer.with("iterations", "20").orElseThrow(), shorter, "the guide's ReLU run, stopped at 20");
    }

    @Test
    void learnIndexListsAllElevenGuidesWithTheirOutcomes() {
        RunningApp.Response r = app.get("/learn");
        assertEquals(200, r.status());
        String html = unescape(r.body());
        assertEquals(11, Guides.ALL.size());
        for (Guide g : Guides.ALL) {
            assertTrue(html.contains("href=\"/learn/" + g.slug() + "\""), g.slug());
            assertTrue(html.contains(g.outcome()), g.slug() + " outcome");
        }
    }

    @Test
    void everyGuideRendersWithButtonsOpeningItsTrialsCanonicalLinks() {
        for (Guide g : Guides.ALL) {
            RunningApp.Response r = app.get(g.href());
            assertEquals(200, r.status(), g.slug());
            String html = unescape(r.body());
            List<String> hrefs = matches(html, "class=\"button open-lab\"[^>]*href=\"([^\"]*)\"");
            assertEquals(g.trials().stream().map(Trial::href).toList(), hrefs, g.slug());
            for (String href : hrefs) assertEquals(href, parse(href.substring(2)).link(), "canonical: " + href);
            assertTrue(html.contains(g.outcome()), g.slug() + " states its outcome");
            if (g.compareHref() != null) assertTrue(html.contains("href=\"" + g.compareHref() + "\""), g.slug());
        }
    }

    @Test
    void gradientDescentGuideShowsAPassingGradientCheck() {
        String html = app.get("/learn/gradient-descent").body();
        List<String> row = matches(html, "(?s)data-measure=\"gradient-check\">(.*?)</tr>");
        assertEquals(1, row.size());
        List<Double> values = matches(row.get(0), "<td>([^<]+)</td>").stream().map(Double::parseDouble).toList();
        assertEquals(2, values.size());
        assertTrue(values.get(0) < 1e-5, "randn·0.01: " + values.get(0));
        assertTrue(values.get(1) < 1e-7, "Xavier: " + values.get(1));
    }

    @Test
    void derivativesGuideCarriesItsPlotsAsPageData() {
        String html = app.get("/learn/activation-derivatives").body();
        assertTrue(html.contains("<script type=\"application/json\" id=\"guide-data\">{\"plots\":[{\"label\""));
        assertEquals(2, matches(html, "<canvas id=\"(derivative-chart-\\d)\"").size());
        assertTrue(html.contains("/static/js/guides.js"));
        assertEquals(200, app.get("/static/js/guides.js").status());
    }

    @Test
    void anAddressWithGuidesForLearnFindsThem() {
        RunningApp.Response index = app.get("/guides");
        assertEquals(301, index.status());
        assertEquals("/learn", index.header("Location"));
        RunningApp.Response one = app.get("/guides/zero-init");
        assertEquals(301, one.status());
        assertEquals("/learn/zero-init", one.header("Location"));
        assertEquals(200, app.get(one.header("Location")).status());
    }

    @Test
    void unknownGuideIsAFriendly404ListingTheGuides() {
        RunningApp.Response r = app.get("/learn/no-such-idea");
        assertEquals(404, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
        assertTrue(r.body().contains("There is no guide at this address"));
        for (Guide g : Guides.ALL) assertTrue(r.body().contains("href=\"" + g.href() + "\""));
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void labLinksTheGuidesForItsActivationAndInit() {
        String html = app.get("/?iterations=20&activation=relu&init=zeros").body();
        assertTrue(html.contains("href=\"/learn/relu-and-leaky-relu\""));
        assertTrue(html.contains("href=\"/learn/zero-init\""));
    }

    static List<String> matches(String text, String regex) { return Html.matches(text, regex); }

    static String unescape(String html) { return Html.unescape(html); }

    static Experiment parse(String query) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            map.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        Experiment e = Experiment.fromQuery(map).orElseThrow();
        assertNotNull(e);
        return e;
    }
}
