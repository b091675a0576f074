package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the lab (default, zero init, dead ReLU units, diverged), a comparison and a saved comparison at laptop and phone
 * width, in colour and in greyscale, into target/screenshots/; on a phone the summary is on the first screen.
 */
class PagesReadInColourAndGreyE2ETest extends BrowserTest {
    static final Map<String, String> LAB = Map.of(
            "lab-default", "/?iterations=2000&testFraction=0.2",
            "lab-zero-init", "/?init=zeros&iterations=1000",
            "lab-dead-relu", "/?activation=relu&learningRate=10&iterations=2000",
            "lab-diverged", "/?hidden=8,8&activation=linear&initScale=3&learningRate=10&iterations=2000");
    static final String COMPARE = "/compare?points=200&iterations=400&vary=hidden:1,2,3,4,5,6";

    static void waitForDrawn(Page page) {
        page.waitForFunction("() => { const s = document.getElementById('comparison');"
                + " return (!s || s.dataset.complete === 'true')"
                + " && [...document.querySelectorAll('canvas')].filter(c => c.offsetParent).every(c => c.dataset.drawn === 'true'); }");
    }

    /** Both widths, in colour and in grey; returns the phone's headline top (px from the page's top). */
    static double shoot(String name, String path) {
        double headlineTop = 0;
        for (int width : new int[] {1280, 390}) {
            Page page = browser.page(width, width == 390 ? 844 : 900);
            List<String> problems = LabPageE2ETest.problems(page);
            page.navigate(app.base() + path);
            waitForDrawn(page);
            String suffix = width == 390 ? "-phone" : "-desktop";
            Browser.screenshot(page, name + suffix);
            page.evaluate("() => { document.documentElement.style.filter = 'grayscale(1)'; }");
            Browser.screenshot(page, name + suffix + "-grey");
            if (width == 390) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(name + "-phone-first-screen.png")));
                page.locator(".charts").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Browser.SCREENSHOTS.resolve(name + "-phone-charts.png")));
                headlineTop = ((Number) page.evaluate("() => document.getElementById('headline').getBoundingClientRect().top")).doubleValue();
            }
            assertTrue(problems.isEmpty(), name + ": " + problems);
            page.context().close();
        }
        return headlineTop;
    }

    @Test
    void labPagesPutTheSummaryOnThePhonesFirstScreen() {
        for (var e : LAB.entrySet()) {
            double top = shoot(e.getKey(), e.getValue());
            assertTrue(top < 844 / 2.0, e.getKey() + ": the summary starts " + top + " px down");
        }
    }

    @Test
    void comparisonAndSavedComparison() {
        assertTrue(shoot("compare", COMPARE) < 844 / 2.0, "the comparison's summary on the first screen");
        var saved = app.postForm("/x", "title=Six+sizes&note=Wider+learns+the+petals.&link="
                + java.net.URLEncoder.encode(COMPARE, java.nio.charset.StandardCharsets.UTF_8), null);
        assertTrue(shoot("x-compare", saved.header("Location")) < 844, "title, note and summary on the first screen");
    }
}
