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
}
