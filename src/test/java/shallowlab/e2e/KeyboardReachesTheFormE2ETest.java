package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab and compare pages put their results before the form (so a phone paints what the learner asked for
 * first), which left the form dozens of Tab presses away on a desktop. A skip link is the keyboard's first stop
 * at every width, shown while focused, and leads into the form's column.
 */
class KeyboardReachesTheFormE2ETest extends BrowserTest {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/?iterations=300, 1280", "'/compare?iterations=300&vary=hidden:1,2', 1280",
            "/?iterations=300, 390", "'/compare?iterations=300&vary=hidden:1,2', 390"})
    void theFirstTabReachesASkipLinkThatLeadsIntoTheForm(String path, int width) {
        Page page = browser.page(width, 900);
        page.setDefaultTimeout(5_000);
        page.navigate(app.base() + path);
        var skip = page.locator(".skip-link");
        assertTrue(skip.boundingBox().width <= 1, "out of sight until focused: " + skip.boundingBox().width);

        page.keyboard().press("Tab");
        assertEquals("skip-link", page.evaluate("() => document.activeElement.className"), "the first Tab stop");
        BoundingBox shown = skip.boundingBox();
        assertTrue(shown.width > 100 && shown.height > 16, "shown while focused: " + shown.width + "×" + shown.height);
        assertTrue(shown.x >= 0 && shown.y >= 0 && shown.x + shown.width <= width, "inside the viewport");
        Browser.screenshot(page, "skip-link-" + (path.startsWith("/compare") ? "compare" : "lab") + "-" + width);

        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        Object next = page.evaluate("() => { const a = document.activeElement;"
                + " if (!a.closest('aside.side')) return a.outerHTML;"
                + " return a.closest('.presets') ? 'preset' : a.form ? 'field' : a.tagName; }");
        assertTrue(next.equals("preset") || next.equals("field"), "the next Tab is in the form's column: " + next);
        if (path.startsWith("/?")) assertEquals("preset", next, "on the lab the presets come first");
        page.context().close();
    }
}
