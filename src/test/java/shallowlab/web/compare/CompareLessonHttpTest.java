package shallowlab.web.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;
import shallowlab.web.lab.Preset;

/** A comparison a preset opens, or a preset's "side by side" link, says what to look for, as the lab does. */
class CompareLessonHttpTest extends AppTest {
    @Test
    void everyPresetComparisonCarriesItsLookForLine() {
        int checked = 0;
        for (Preset p : Preset.ALL) {
            String link = p.href().startsWith("/compare") ? p.href() : p.compareHref();
            if (link == null) continue;
            var page = app.get(link);
            assertEquals(200, page.status(), link);
            String html = Html.unescape(page.body());
            assertTrue(html.contains("id=\"compare-lesson\"") && html.contains(p.lookFor()), p.name() + " on " + link);
            checked++;
        }
        assertTrue(checked >= 5, checked + " comparisons checked");
        assertFalse(app.get("/compare?iterations=20&vary=hidden:1,2").body().contains("compare-lesson"),
                "a comparison no preset makes says nothing of one");
    }

    /**
     * The lab's hidden-sizes link compares the course run's sizes at its 10,000 iterations, where 20 units win; the
     * notebook's table is at 5000: that page names the preset that runs it, and says the lengths differ.
     */
    @Test
    void theSameComparisonAtAnotherLengthNamesThePresetThatRunsIt() {
        Preset sizes = Preset.ALL.stream().filter(p -> p.name().equals("Hidden layer sizes")).findFirst().orElseThrow();
        String fromLab = shallowlab.experiment.Sweep.parse(shallowlab.experiment.Experiment.DEFAULTS,
                "hidden:1,2,3,4,5,20,50").sweep().link();
        String html = Html.unescape(app.get(fromLab + "&static=1").body()).replaceAll("\\s+", " ");
        assertTrue(html.contains("The preset <a href=\"" + sizes.href() + "\">Hidden layer sizes</a> runs this comparison"
                + " for <span>5,000</span> iterations, not this page's <span>10,000</span>: what it shows, and which"
                + " value does best, can differ from the table below."), html);
        assertFalse(html.contains(sizes.lookFor()), "its line is about its own runs: beside this table it misled");
        assertFalse(Html.unescape(app.get(sizes.href() + "&static=1").body()).contains("id=\"near-preset\""),
                "the preset's own page has its look-for line instead");
        assertFalse(app.get(shallowlab.experiment.Sweep.parse(shallowlab.experiment.Experiment.DEFAULTS,
                "hidden:1,2,3").sweep().link() + "&static=1").body().contains("near-preset"), "other values: no preset");
    }
}
