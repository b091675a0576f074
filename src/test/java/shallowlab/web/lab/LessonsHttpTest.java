package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;
import shallowlab.guide.Guide;
import shallowlab.guide.Guides;

/** The lab page over HTTP: the marked preset, each preset's visible line, the banner back to a guide, the α card. */
@Tag("engine")
class LessonsHttpTest extends AppTest {

    @Test
    void theLabPageMarksExactlyThePresetItRuns() {
        for (Preset p : Preset.ALL) {
            if (p.href().startsWith("/compare?")) continue;
            String html = unescape(app.get(p.href()).body());
            List<String> current = matches(html, "<a href=\"([^\"]*)\" aria-current=\"page\">");
            assertEquals(List.of(p.href()), current, p.name());
            assertTrue(html.contains("<li class=\"active\">"), p.name() + " styled as active");
            for (Preset q : Preset.ALL) assertTrue(html.contains(q.lookFor()), q.name() + "'s line is on the page");
        }
        String other = app.get("/?iterations=30").body();
        assertFalse(other.contains("aria-current=\"page\""), "no preset runs 30 steps");
        assertTrue(other.contains("/static/css/lessons.css"));
        assertEquals(200, app.get("/static/css/lessons.css").status());
    }

    @Test
    void aRunOpenedFromAGuideSaysWhatToLookForAndLinksBack() {
        Guide guide = Guides.bySlug("learning-rate").orElseThrow();
        var trial = guide.trials().stream().filter(t -> Preset.active(t.experiment().link()).isEmpty()
                && Guides.trialsOf(t.experiment()).size() == 1).findFirst().orElseThrow();   // a preset leads with its own line
        String html = unescape(app.get(trial.href()).body());
        assertTrue(html.contains("id=\"from-guide\""));
        assertTrue(html.contains("From the guide “<a href=\"" + guide.href() + "\">" + guide.title() + "</a>”"), html);
        assertTrue(html.contains(guide.outcome()));
        String plain = app.get("/?iterations=30").body();
        assertFalse(plain.contains("id=\"from-guide\""), "no guide runs 30 steps");
    }

    /**
     * Every guide's run says where it comes from in plain sentences: one guide as "From the guide “…”: this run (…)
     * is one of its runs. The guide says: …", several as a list, each guide once. A run that is also a preset (a
     * teacher's link) leads with the preset's look-for line, its one idea, and names its guides without their
     * sentences, which may speak of other runs (the ReLU preset's guide's sentence is of the circles).
     */
    @Test
    void aGuidesRunSaysWhereItComesFromOnceAndInSentences() {
        int withPreset = 0, withSeveral = 0;
        for (Guide g : Guides.ALL) {
            for (var trial : g.trials()) {
                String html = app.get(trial.href()).body();
                String banner = bannerText(html);
                List<Guides.Match> matches = Guides.trialsOf(trial.experiment());
                var preset = Preset.active(trial.experiment().link());
                if (preset.isPresent()) {
                    withPreset++;
                    assertTrue(banner.startsWith("Preset " + preset.get().name() + " — look for: " + preset.get().lookFor()
                            + (preset.get().compareHref() == null ? "" : " " + BESIDE)
                            + " Also a run of the " + (matches.size() == 1 ? "guide" : "guides") + " “"), banner);
                    for (Guides.Match m : matches) {
                        assertTrue(banner.contains("“" + m.guide().title() + "” (" + m.trial().label() + ")"), banner);
                        if (!preset.get().lookFor().contains(m.guide().outcome())) {
                            assertFalse(banner.contains(m.guide().outcome()), "not the guide's sentence: " + banner);
                        }
                    }
                } else if (matches.size() == 1) {
                    assertTrue(banner.startsWith("From the guide “" + g.title() + "”: this run (" + trial.label()
                            + ") is one of its runs. The guide says: " + g.outcome()), banner);
                } else {
                    withSeveral++;
                    assertTrue(banner.startsWith("This run is one of the runs of " + matches.size() + " guides: what each says"), banner);
                    for (Guides.Match m : matches) {
                        String line = "“" + m.guide().title() + "”, run " + m.trial().label() + ": " + m.guide().outcome();
                        assertEquals(1, banner.split(java.util.regex.Pattern.quote(line), -1).length - 1, line + " once in " + banner);
                    }
                }
            }
        }
        assertTrue(withPreset >= 2 && withSeveral >= 2, "both kinds are checked: " + withPreset + ", " + withSeveral);
        String preset = bannerText(app.get(preset("Zero init").href()).body());
        assertEquals("Preset Zero init — look for: " + preset("Zero init").lookFor(), preset, "a preset alone keeps its line");
    }

    static final String BESIDE = "See it side by side with the run it is measured against →";

    /**
     * A preset whose line measures its run against another ("ends behind tanh", "where α = 1's falls smoothly")
     * links that comparison from its banner: the other run is not on the lab page, and the preset list's "side by
     * side" sits a phone's screens below.
     */
    @Test
    void aPresetMeasuredAgainstAnotherRunLinksTheComparisonFromItsBanner() {
        int checked = 0;
        for (Preset p : Preset.ALL) {
            if (p.href().startsWith("/compare?")) continue;
            String html = app.get(p.href()).body();
            if (p.compareHref() == null) {
                assertFalse(bannerText(html).contains(BESIDE), p.name());
                continue;
            }
            checked++;
            assertTrue(bannerText(html).contains(BESIDE), p.name());
            assertEquals(List.of(p.compareHref()), matches(unescape(html), "id=\"preset-beside\" href=\"([^\"]*)\""), p.name());
            assertEquals(200, app.get(p.compareHref()).status(), p.name() + "'s comparison opens");
        }
        assertTrue(checked >= 4, "presets with a comparison: " + checked);
    }

    /** The banner's words (#from-guide), tags removed, entities undone, whitespace collapsed. */
    static String bannerText(String html) {
        List<String> found = matches(html, "(?s)<aside class=\"from-guide\" id=\"from-guide\">(.*?)</aside>");
        assertEquals(1, found.size(), "one banner");
        return unescape(found.get(0).replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").replaceAll(" ([,.:)”])", "$1")
                .replaceAll("([(“]) ", "$1").strip();
    }

    @Test
    void theLearningRateCardSaysWhatThisRunsStepsDid() {
        assertTrue(text(app.get(preset("Divergence").href()).body()).contains("diverged at iteration"));
        String large = text(app.get(preset("Too large learning rate").href()).body());
        assertTrue(large.matches("(?s).*the cost rose at \\d+ recorded steps.*"), large);
        String zero = text(app.get(preset("Zero init").href()).body());
        assertTrue(zero.contains("the cost never rose from one recorded step to the next"), zero);
        assertTrue(text(app.get("/").body()).contains("the cost rose at 3 recorded steps"), "the course's α = 1.2");
        // A flat cost wobbles by 1e-16 from record to record: rounding, not a step that overshot.
        String linear = text(app.get(preset("Linear activation").href()).body());
        assertTrue(linear.contains("the cost never rose from one recorded step to the next (beyond rounding"), linear);
        assertTrue(app.get("/").body().contains("id=\"explain-learning-rate\""));
    }

    static Preset preset(String name) {
        return Preset.ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The α card's run-specific sentence, whitespace collapsed. */
    static String text(String html) {
        List<String> found = matches(html, "(?s)<p id=\"rate-outcome\">(.*?)</p>");
        assertEquals(1, found.size(), "one α outcome sentence");
        return found.get(0).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
    }

    static List<String> matches(String text, String regex) { return Html.matches(text, regex); }

    static String unescape(String html) { return Html.unescape(html); }
}
