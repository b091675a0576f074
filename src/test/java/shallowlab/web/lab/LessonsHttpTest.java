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
        String html = unescape(app.get(guide.trials().get(2).href()).body());
        assertTrue(html.contains("id=\"from-guide\""));
        assertTrue(html.contains("From the guide <a href=\"" + guide.href() + "\">" + guide.title() + "</a>"), html);
        assertTrue(html.contains(guide.outcome()));
        String plain = app.get("/?iterations=30").body();
        assertFalse(plain.contains("id=\"from-guide\""), "no guide runs 30 steps");
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
