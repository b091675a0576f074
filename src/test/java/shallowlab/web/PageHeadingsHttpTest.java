package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.RunLimits;

/** Over real HTTP: each page's title names what it shows, each has one h1, and a refusal says what it is. */
class PageHeadingsHttpTest extends AppTest {
    static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    static String title(String html) {
        Matcher m = TITLE.matcher(html);
        assertTrue(m.find(), "a title");
        return m.group(1);
    }

    static int headingsOne(String html) { return html.split("<h1[ >]", -1).length - 1; }

    static String save(String title, String note, String link) {
        String form = "title=" + enc(title) + "&note=" + enc(note) + "&link=" + enc(link);
        var saved = app.postForm("/x", form, null);
        assertEquals(303, saved.status(), saved.body());
        return saved.header("Location");
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void theLabPageTitleAndHeadingNameTheExperiment() {
        String html = app.get("/?hidden=8,3&activation=relu&learningRate=0.5&init=he&iterations=120").body();
        String title = title(html);
        for (String part : List.of("flower", "hidden 8–3", "relu", "α = 0.5", "he init", "120 iterations")) {
            assertTrue(title.contains(part), part + " in " + title);
        }
        assertTrue(html.contains("<h1 class=\"headline\" id=\"headline\">" + title.replace(" — Shallow Lab", "") + "</h1>"),
                "the heading is the title's summary");
        assertFalse(title(app.get("/?iterations=121").body()).equals(title), "another experiment, another title");
    }

    @Test
    void everyPageHasExactlyOneHeadingOfLevelOne() {
        String savedRun = save("A run", "", "/?iterations=40");
        String savedComparison = save("Two sizes", "Watch the cost.", "/compare?iterations=40&vary=hidden:1,2");
        for (String path : List.of("/", "/?iterations=40", "/?points=21", "/compare", "/compare?iterations=40&vary=hidden:1,2",
                "/compare?vary=hidden:1", "/saved", "/learn", "/learn/zero-init", "/no-such-page", savedRun, savedComparison)) {
            var r = app.get(path);
            assertEquals(1, headingsOne(r.body()), path + " (" + r.status() + ")");
        }
    }

    @Test
    void aSavedComparisonShowsItsTitleAndNoteAboveTheComparison() {
        String location = save("Wider is better", "Look at hidden = 2.", "/compare?iterations=40&vary=hidden:1,2");
        String html = app.get(location).body();
        assertEquals("Wider is better — Shallow Lab", title(html));
        int banner = html.indexOf("id=\"saved-banner\""), comparison = html.indexOf("id=\"compare-table\"");
        assertTrue(banner > 0 && comparison > banner, "the banner comes before the comparison's table");
        assertTrue(html.contains("Look at hidden = 2."), "the note");
        assertTrue(html.contains("Hidden units per layer = 1, 2 · flower · 400 points · tanh"),
                "the comparison's summary, the varied parameter once");
    }

    @Test
    void aClientOverItsRateIsToldItAskedForManyRunsAndHowLongToWait() {
        var limits = new RunLimits(Long.MAX_VALUE, 20, 2, 4, 10, 1, 1);
        try (var app = new RunningApp(Settings.defaults().withLimits(limits))) {
            var limited = app.browser();   // its cookie, so its pages share its budget (a first visit starts one)
            limited.get("/learn");
            assertEquals(200, limited.get("/?iterations=30").status());
            for (String path : List.of("/?iterations=31", "/compare?iterations=32&vary=hidden:1,2&static=1")) {
                var refused = limited.get(path);
                assertEquals(429, refused.status(), path);
                String wait = refused.header("Retry-After");
                assertTrue(refused.body().contains("many new runs"), path);
                assertTrue(refused.body().contains("Try again in " + wait + " s"), path + " names the wait " + wait);
                assertFalse(refused.body().contains("Some values can"), path + " does not blame the input");
            }
        }
    }

    @Test
    void aFullServerSaysItIsBusyWithTheWait() {
        String message = FormModel.refusal(503, "4");
        assertTrue(message.contains("the server is busy") && message.contains("Try again in 4 s."), message);
        assertEquals(null, FormModel.refusal(400, null), "a cap is the input's doing: the fields say why");
    }
}
