package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shallowlab.AppTest;
import shallowlab.Html;

/**
 * A shared link that a messenger or a mail tool has appended keys to ({@code fbclid}, {@code utm_source}, …), or
 * that holds a stray {@code &}: the pages show the run of the clean link and their links leave the extra keys out;
 * the API still names an unknown key, and ignores an empty one.
 */
class TrackingKeysHttpTest extends AppTest {
    static final String LAB = "/?hidden=3&iterations=300";
    static final String COMPARE = "/compare?iterations=300&vary=hidden:1,2";
    static final List<String> TRACKING = List.of("&fbclid=IwAR0x", "&utm_source=newsletter&utm_medium=email",
            "&", "&&", "&=x");
    static final ObjectMapper JSON = new ObjectMapper();

    /** What identifies the run a page shows: its page data, its share link and the link its save form sends. */
    static List<String> runOf(String html) {
        return List.of(Html.matches(html, "id=\"page-data\">([^<]*)<").get(0),
                Html.unescape(Html.matches(html, "id=\"share-link\"[^>]*value=\"([^\"]*)\"").get(0)),
                Html.unescape(Html.matches(html, "name=\"link\" value=\"([^\"]*)\"").get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {LAB, COMPARE})
    void aPageWithTrackingKeysShowsTheCleanLinksRunAndLinksLeaveThemOut(String clean) {
        var expected = app.get(clean);
        assertEquals(200, expected.status(), expected.body());
        List<String> run = runOf(expected.body());
        for (String extra : TRACKING) {
            var tracked = app.get(clean + extra);
            assertEquals(200, tracked.status(), clean + extra + ": " + tracked.body());
            assertEquals(run, runOf(tracked.body()), clean + extra);
            assertFalse(tracked.body().contains("unknown parameter"), clean + extra);
            assertFalse(tracked.body().contains("fbclid") || tracked.body().contains("utm_"), clean + extra);
        }
    }

    @Test
    void aStrayAmpersandBeforeTheFirstKeyIsIgnored() {
        assertEquals(runOf(app.get("/?hidden=4").body()), runOf(app.get("/?&hidden=4").body()));
    }

    @Test
    void aPageLinkOfTrackingKeysAloneIsThePageWithoutAQuery() {
        assertEquals(runOf(app.get("/").body()), runOf(app.get("/?fbclid=x").body()));
        var compare = app.get("/compare?utm_source=x");
        assertEquals(200, compare.status(), "the blank comparison form, as /compare");
        assertEquals(app.get("/compare").body(), compare.body());
    }

    @Test
    void aBadValueBesideTrackingKeysIsReportedAloneAtItsField() {
        var r = app.get("/?points=7&fbclid=x");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("id=\"points-error\""), r.body());
        assertFalse(r.body().contains("fbclid"), "only the field's message");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/experiment?hidden=3&iterations=300", "/api/experiment.csv?iterations=300",
            "/api/experiment/points.csv?points=40", "/api/compare?iterations=300&vary=hidden:1,2"})
    void theApiStillNamesAnUnknownKey(String clean) throws Exception {
        var r = app.get(clean + "&fbclid=x");
        assertEquals(400, r.status(), r.body());
        assertEquals("{\"fbclid\":\"unknown parameter\"}", JSON.readTree(r.body()).get("errors").toString());
    }

    @Test
    void theApiIgnoresAnEmptyKeyRatherThanReportItWithoutAName() throws Exception {
        JsonNode clean = JSON.readTree(app.get("/api/experiment?hidden=3&iterations=300").body());
        for (String query : List.of("?&hidden=3&iterations=300", "?hidden=3&iterations=300&&",
                "?hidden=3&=x&iterations=300")) {
            var r = app.get("/api/experiment" + query);
            assertEquals(200, r.status(), query + ": " + r.body());
            assertEquals(clean.get("link"), JSON.readTree(r.body()).get("link"), query);
        }
        var unknown = app.get("/api/experiment?&foo=1&");
        assertEquals("{\"foo\":\"unknown parameter\"}", JSON.readTree(unknown.body()).get("errors").toString());
        assertNull(JSON.readTree(unknown.body()).get("errors").get(""));
    }

    @Test
    void aLinkSavedWithTrackingKeysIsSavedAsTheCleanLink() throws Exception {
        String link = LAB + "&utm_source=newsletter&fbclid=IwAR0x";
        var saved = app.postJson("/api/saved", "{\"title\": \"From a newsletter\", \"link\": \"" + link + "\"}");
        assertEquals(201, saved.status(), saved.body());
        String clean = JSON.readTree(app.get("/api/experiment?hidden=3&iterations=300").body()).get("link").asText();
        assertEquals(clean, JSON.readTree(saved.body()).get("experimentLink").asText());
    }
}
