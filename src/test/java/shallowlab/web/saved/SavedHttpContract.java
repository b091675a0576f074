package shallowlab.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import shallowlab.Html;
import shallowlab.RunningApp;

/** Saving experiments over real HTTP; run by one subclass per database. */
abstract class SavedHttpContract {
    static final String LINK = "/?dataset=flower&points=400&noise=0.2&testFraction=0&dataSeed=1&hidden=4"
            + "&activation=tanh&leak=0.01&learningRate=1.2&init=zeros&initScale=0.01&initSeed=2&iterations=300";
    static RunningApp app;
    static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void stop() { if (app != null) app.close(); }

    static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (s.length() > 0) s.append('&');
            s.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    @Test
    void savingFromThePageGivesAShortLinkThatReplaysTheRunUnderItsTitle() {
        var browser = app.browser();
        var saved = browser.postForm("/x", form("title", "Zero init <b>stays</b>", "note", "Look at the cost.", "link", LINK), null);
        assertEquals(303, saved.status(), saved.body());
        String location = saved.header("Location");
        assertTrue(location.matches("/x/[A-Za-z0-9]{10}"), location);
        var page = app.get(location);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Zero init &lt;b&gt;stays&lt;/b&gt;"), "the title, escaped");
        assertTrue(page.body().contains("Look at the cost."));
        assertTrue(page.body().contains("id=\"final-numbers\""), "the run is shown");
        String list = browser.get("/saved").body();
        assertTrue(list.contains(location), "listed among this browser's saves");
        var lab = shallowlab.experiment.Experiment.fromQuery(shallowlab.web.Links.parse(LINK).query()).experiment();
        assertTrue(list.contains("<p class=\"saved-headline\">" + shallowlab.web.Headline.of(lab, lab.points(), null) + "</p>"),
                "with what it saved, to tell saves apart: " + list);
        assertFalse(app.get("/saved").body().contains(location), "not listed to another browser");
        assertFalse(app.browser().get("/api/saved").body().contains(location.substring(3)), "nor its id in the API");
        assertTrue(browser.get("/api/saved").body().contains(location.substring(3)), "the API lists this browser's");
    }

    @Test
    void aComparisonIsSavedWithItsSweepAndItsPageOpensIt() {
        String compare = "/compare?iterations=50&vary=hidden:1,2";
        var saved = app.postForm("/x", form("title", "Two sizes", "link", compare), null);
        assertEquals(303, saved.status(), saved.body());
        var page = app.get(saved.header("Location"));
        assertEquals(200, page.status());
        String canonical = shallowlab.web.compare.CompareQuery.read(shallowlab.web.Links.parse(compare).query()).sweep().link();
        assertTrue(page.body().contains("href=\"" + canonical.replace("&", "&amp;") + "\""), "opens the comparison, canonical");
        assertEquals(List.of(saved.header("Location")), Html.matches(page.body(), "id=\"share-link\"[^>]*value=\"([^\"]*)\""),
                "its share field holds the short link, which keeps the title and note, as a saved run's does");
        assertTrue(page.body().contains("Short link — opening it shows this comparison with its title and note"));
        var browser = app.browser();
        assertEquals(303, browser.postForm("/x", form("title", "Two sizes", "link", compare), null).status());
        assertTrue(browser.get("/saved").body().contains("Hidden units per layer = 1, 2 · flower · 400 points"),
                "a comparison is listed with its headline too");
        var badSweep = app.postForm("/x", form("title", "t", "link", "/compare?vary=hidden:1"), null);
        assertEquals(400, badSweep.status());
        assertTrue(badSweep.body().contains("id=\"link-error\""));
    }

    @Test
    void aSaveWithoutTitleKeepsWhatWasTypedAndSaysWhy() {
        var r = app.postForm("/x", form("title", "  ", "note", "my careful note", "link", LINK), null);
        assertEquals(400, r.status());
        assertTrue(r.body().contains("id=\"title-error\""));
        assertTrue(r.body().contains("my careful note"), "the note is kept");
    }

    @Test
    void aSaveOfABrokenOrForeignLinkIsRefusedAtTheLink() {
        var broken = app.postForm("/x", form("title", "t", "link", "/?points=7"), null);
        assertEquals(400, broken.status());
        assertTrue(broken.body().contains("id=\"link-error\""));
        String said = broken.body().replace("&#39;", "'");
        assertTrue(said.contains("the experiment can't be run: points "), "names the field in words: " + said);
        assertTrue(!said.contains("{points="), "not a map's text");
        assertEquals(400, app.postForm("/x", form("title", "t", "link", "https://elsewhere.example/?a=1"), null).status());
    }

    /**
     * A link every field of which is valid but which this server won't run (over its cap on a run's work, or on an
     * upload it does not have) is refused when saved, naming the link, not stored to open on a refusal later.
     */
    @Test
    void aSaveThatThisServerWouldNotRunIsRefusedAtTheLink() throws Exception {
        String huge = "/?points=2000&hidden=64,64,64,64,64,64&iterations=20000";
        String unknownUpload = "/?dataset=custom:0123456789abcdef";
        String hugeComparison = "/compare?points=2000&hidden=64,64,64,64,64,64&iterations=20000&vary=initSeed:1,2";
        for (String link : List.of(huge, unknownUpload, hugeComparison)) {
            assertEquals(400, app.get(link).status(), "the page refuses it: " + link);
            var refused = app.postJson("/api/saved", JSON.writeValueAsString(java.util.Map.of("title", "t", "link", link)));
            assertEquals(400, refused.status(), link + ": " + refused.body());
            String said = JSON.readTree(refused.body()).get("errors").get("link").asText();
            assertTrue(said.contains("can't be run on this server: "), said);
            assertTrue(said.contains(link.equals(unknownUpload) ? "dataset no uploaded dataset has the id" : "over this server's cap"), said);
        }
    }

    @Test
    void aSaveFromAnotherSiteIsForbidden() {
        var r = app.postForm("/x", form("title", "t", "link", LINK), "https://elsewhere.example");
        assertEquals(403, r.status());
    }

    @Test
    void theApiSavesAndFindsAsJsonWithErrorsNamingTheField() throws Exception {
        var created = app.postJson("/api/saved", JSON.writeValueAsString(java.util.Map.of("title", "API save", "link", LINK)));
        assertEquals(201, created.status(), created.body());
        JsonNode saved = JSON.readTree(created.body());
        assertEquals(saved.get("link").asText(), created.header("Location"));
        JsonNode found = JSON.readTree(app.get("/api/saved/" + saved.get("id").asText()).body());
        assertEquals("API save", found.get("title").asText());
        assertEquals(canonical(LINK), found.get("experimentLink").asText(), "stored in canonical form");

        assertErrorAt(app.postJson("/api/saved", "{not json"), 400, "body");
        assertErrorAt(app.postJson("/api/saved", "{\"title\": 3, \"link\": \"/\"}"), 400, "title");
        assertErrorAt(app.postJson("/api/saved", "{\"title\": \"" + "x".repeat(121) + "\", \"link\": \"/\"}"), 400, "title");
        assertErrorAt(app.get("/api/saved/doesNotExist"), 404, "id");
        assertErrorAt(app.get("/api/saved?limit=0"), 400, "limit");
        assertErrorAt(app.get("/api/saved?limt=5"), 400, "limt");
        var misspelt = app.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"/?hiden=3\"}");
        assertErrorAt(misspelt, 400, "link");
        assertTrue(misspelt.body().contains("'hiden' is not a key"), "it was saved as the default run: " + misspelt.body());
        assertErrorAt(app.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"/compare?vry=hidden:1,2\"}"), 400, "link");
        assertEquals(201, app.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"/compare?iterations=5&vary=hidden:1,2\"}")
                .status(), "a comparison's own keys are known");
        assertErrorAt(app.get("/api/saved?limit=1&limit=2"), 400, "limit");
        assertErrorAt(app.postJson("/api/saved", "{\"title\": \"t\", \"nte\": \"lost\", \"link\": \"/\"}"), 400, "nte");
        var twice = app.postJson("/api/saved", "{\"title\": \"t\", \"title\": \"u\", \"link\": \"/\"}");
        assertErrorAt(twice, 400, "body");
        assertTrue(twice.body().contains("Duplicate field 'title'"), twice.body());
        assertEquals(404, app.get("/x/doesNotExist").status());
    }

    @Test
    void aSaveIsStoredAsTheCanonicalLinkOfWhatWasSavedSoItKeepsItsMeaning() throws Exception {
        var created = app.postJson("/api/saved", "{\"title\": \"five\", \"link\": \"/?iterations=5\"}");
        assertEquals(201, created.status(), created.body());
        String stored = JSON.readTree(created.body()).get("experimentLink").asText();
        assertEquals(canonical("/?iterations=5"), stored);
        assertTrue(stored.contains("&learningRate=1.2&") && stored.endsWith("&iterations=5"), "every default spelled out: " + stored);
    }

    @Test
    void writesFromAnotherSiteAreRefused() {
        String json = "{\"title\": \"t\", \"link\": \"/\"}";
        assertEquals(403, app.postForm("/x", form("title", "t", "link", LINK), "null").status(), "opaque origin, form");
        assertEquals(403, app.send(app.request("/api/saved").header("Content-Type", "application/json")
                .header("Origin", "null").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))).status(), "opaque origin, API");
        assertEquals(403, app.send(app.request("/api/saved").header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))).status());
        assertEquals(403, app.send(app.request("/x").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        form("title", "t", "link", LINK)))).status(), "the browser says cross-site");
        var plain = app.send(app.request("/api/saved").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(415, plain.status(), "a cross-site form can post text/plain without asking: refused");
        assertEquals(201, app.send(app.request("/api/saved").header("Content-Type", "application/json")
                .header("Origin", app.base()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))).status(),
                "this site's own origin may save");
    }

    @Test
    void theRefusedSavePageLinksOnlyToValidLinksOfThisSite() {
        for (String evil : new String[] {"//evil.example/", "javascript:alert(1)", "/\\evil.example", "/compare?vary=x"}) {
            var r = app.postForm("/x", form("title", "t", "link", evil), null);
            assertEquals(400, r.status(), evil);
            assertFalse(r.body().contains("class=\"link-text\" href") || r.body().matches("(?s).*<a href=\"[^\"]*evil.*"),
                    "no link to " + evil);
            assertFalse(r.body().contains("href=\"" + evil.replace("&", "&amp;") + "\""), "no href of " + evil);
        }
        var untitled = app.postForm("/x", form("title", " ", "link", "/?iterations=5"), null);
        assertEquals(400, untitled.status());
        assertTrue(untitled.body().contains("href=\"" + canonical("/?iterations=5").replace("&", "&amp;") + "\""),
                "a valid link of this site is linked, canonical");
    }

    /** The lab link's canonical form, {@link shallowlab.experiment.Experiment#link()}. */
    static String canonical(String labLink) {
        return shallowlab.experiment.Experiment.fromQuery(shallowlab.web.Links.parse(labLink).query()).experiment().link();
    }

    static void assertErrorAt(RunningApp.Response r, int status, String field) throws Exception {
        assertEquals(status, r.status(), r.body());
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertTrue(errors.has(field), r.body());
        assertFalse(errors.get(field).asText().isBlank());
    }
}
