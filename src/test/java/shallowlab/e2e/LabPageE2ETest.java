package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab page in headless Chromium: run from the form, see every chart, replay from the share link. */
class LabPageE2ETest extends BrowserTest {
    static final String[] CHARTS = {"cost-chart", "accuracy-chart", "gradient-chart", "boundary"};

    /** Collects script errors and failed requests, so a test can assert there were none. */
    static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        page.onPageError(problems::add);
        page.onConsoleMessage(m -> { if ("error".equals(m.type())) problems.add(m.text()); });
        page.onResponse(r -> { if (r.status() >= 400) problems.add(r.status() + " " + r.url()); });
        return problems;
    }

    static void waitForCharts(Page page) {
        for (String id : CHARTS) {
            page.waitForFunction("id => document.getElementById(id).dataset.drawn === 'true'", id);
        }
    }

    static String finalNumbers(Page page) { return page.textContent("#final-numbers").replaceAll("training time\\s*\\S+ \\S+", ""); }

    /**
     * While the server trains, the Run button says so: the page once stayed as it was, unchanged for the seconds a
     * large run takes. What the button and the form say once the submit has been handled (the page's own listener
     * on window runs after the form's) is kept in the tab's sessionStorage and read on the page that answers.
     */
    @Test
    void theRunButtonSaysTrainingUntilTheAnswerComes() {
        Page page = browser.page(1280, 900);
        page.addInitScript("window.addEventListener('submit', () => sessionStorage.setItem('submitted',"
                + " document.getElementById('run').textContent.trim() + ' | busy ' + document.getElementById('experiment-form').getAttribute('aria-busy')));");
        page.navigate(app.base() + "/?hidden=3&iterations=300");
        waitForCharts(page);
        page.fill("#hidden", "7");
        page.click("#run");
        page.waitForURL(url -> url.contains("hidden=7"));
        waitForCharts(page);
        assertEquals("Training… | busy true", page.evaluate("() => sessionStorage.getItem('submitted')"));
        assertEquals("Run", page.textContent("#run").trim(), "the answering page's button");
    }

    /**
     * Back after Run shows the earlier run beside its own values: the form once came back with the values typed
     * before Run (hidden 5, ReLU) next to the results of hidden 3, tanh.
     */
    @Test
    void backAfterRunShowsTheEarlierRunWithItsOwnValues() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?hidden=3&iterations=300");
        waitForCharts(page);
        page.fill("#hidden", "5");
        page.selectOption("#activation", "relu");
        page.click("#run");
        page.waitForURL(url -> url.contains("hidden=5"));
        waitForCharts(page);
        page.goBack();
        page.waitForURL(url -> url.contains("hidden=3"));
        assertEquals("3", page.inputValue("#hidden"));
        assertEquals("tanh", page.inputValue("#activation"));
        assertTrue(page.isDisabled("#leak"), "the leak is inactive again, as for tanh");
        assertTrue(page.textContent("h1").contains("hidden 3"), page.textContent("h1"));
    }

    @Test
    void runFromTheFormDrawsEveryChartAndTheShareLinkReplaysIt() {
        Page page = browser.page(1280, 900);
        List<String> problems = problems(page);
        page.navigate(app.base() + "/");
        page.selectOption("#activation", "relu");
        page.fill("#hidden", "6");
        page.fill("#learningRate", "0.5");
        page.fill("#testFraction", "0.2");
        page.fill("#iterations", "2000");
        page.click("#run");
        page.waitForURL(url -> url.contains("activation=relu"));
        waitForCharts(page);
        Browser.screenshot(page, "lab-desktop");
        int painted = ((Number) page.evaluate("() => { const c = document.getElementById('boundary');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }")).intValue();
        assertEquals(480 * 480, painted, "the boundary covers the whole canvas");
        assertTrue(page.isVisible("#final-test-accuracy"), "a test set was held out");
        String numbers = finalNumbers(page);

        String link = page.inputValue("#share-link");
        assertTrue(link.startsWith(app.base() + "/?dataset=flower&points=400"), link);
        Page replay = browser.page(1280, 900);
        replay.navigate(link);
        waitForCharts(replay);
        assertEquals(numbers, finalNumbers(replay), "the share link replays the same run");
        assertTrue(problems.isEmpty(), "problems: " + problems);
    }

    /**
     * The charts in view come first: in the animation frame that paints the cost and accuracy charts, the charts
     * below them are not drawn yet (so that frame does not wait for them); then everything is drawn.
     */
    @Test
    void theChartsInViewArePaintedFirstAndTheRestRightAfter() {
        Page page = browser.page(1280, 900);
        List<String> problems = problems(page);
        page.addInitScript("const drawn = id => document.getElementById(id) && document.getElementById(id).dataset.drawn === 'true';"
                + " const seen = new MutationObserver(() => { if (drawn('cost-chart') && drawn('accuracy-chart')) {"
                + " seen.disconnect(); requestAnimationFrame(() => { window.firstFrame = ['cost-chart', 'accuracy-chart',"
                + " 'gradient-chart', 'boundary', 'hidden-space'].map(id => id + '=' + !!drawn(id)).join(' '); }); } });"
                + " seen.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });");
        page.navigate(app.base() + "/");
        waitForCharts(page);
        page.waitForFunction("() => window.firstFrame");
        assertEquals("cost-chart=true accuracy-chart=true gradient-chart=false boundary=false hidden-space=false",
                page.evaluate("() => window.firstFrame"));
        page.waitForFunction("() => document.getElementById('hidden-space').dataset.drawn === 'true'");
        assertTrue(problems.isEmpty(), "problems: " + problems);
    }

    /**
     * One column on a phone, also for a deep net, whose diagram and weight tables are wider than the phone and
     * scroll in their own boxes.
     */
    @Test
    void phoneWidthShowsOneColumnWithoutSidewaysScrolling() {
        Page page = browser.page(390, 844);
        List<String> problems = problems(page);
        for (String query : new String[] {"iterations=1000&testFraction=0.25", "hidden=6,6,6&iterations=300"}) {
            page.navigate(app.base() + "/?" + query);
            waitForCharts(page);
            page.waitForFunction("() => document.getElementById('hidden-space').dataset.drawn === 'true'");
            page.click("#weights-table summary");   // its tables too: a wide layer's scrolls in its own box
            Browser.screenshot(page, query.startsWith("hidden") ? "lab-phone-deep" : "lab-phone");
            int overflow = ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
            assertTrue(overflow <= 0, query + ": the page is wider than the phone by " + overflow + " px");
        }
        assertTrue(problems.isEmpty(), "problems: " + problems);
    }

    /**
     * Bad input: each field says why, keeps what was typed, and a summary in the first screen (not under the presets,
     * a screen further down) links to each bad field. A number field whose text the browser could not read arrives
     * empty: its message says what it must be.
     */
    @Test
    void invalidInputShowsTheMessageAtTheFieldAndASummaryInTheFirstScreen() {
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Page page = browser.page(size[0], size[1]);
            page.navigate(app.base() + "/");
            page.fill("#points", "21");
            page.fill("#learningRate", "");
            page.click("#run");
            page.waitForSelector("#points-error");
            Browser.screenshot(page, size[0] > 500 ? "lab-invalid" : "lab-invalid-phone");
            assertTrue(page.textContent("#points-error").contains("even"));
            assertTrue(page.textContent("#learningRate-error").contains("must be a number"), page.textContent("#learningRate-error"));
            assertEquals("21", page.inputValue("#points"), "the typed value is kept");
            double bottom = ((Number) page.evaluate("() => document.getElementById('form-error').getBoundingClientRect().bottom")).doubleValue();
            assertTrue(bottom <= size[1], size[0] + " px wide: the summary ends " + bottom + " px down, past the first screen");
            page.click("#form-error a[href='#learningRate']");
            assertTrue((Boolean) page.evaluate("() => { const r = document.getElementById('learningRate').getBoundingClientRect();"
                    + " return r.top >= 16 && r.bottom <= innerHeight; }"), "the summary's link leads to the field, its label in sight");
            List<String> violations = AccessibilityE2ETest.violations(page, "bad input @" + size[0]);
            assertTrue(violations.isEmpty(), String.join("\n", violations));
            page.context().close();
        }
    }

    /**
     * A page of errors opens on their list, with the fields right under it (the presets after the form), and a
     * hand-edited link's "abc" stays in sight in its field: a number input would show it empty.
     */
    @Test
    void aPageOfErrorsOpensOnTheListAndShowsTheTextThatWasSent() {
        Page page = browser.page(390, 844);
        page.navigate(app.base() + "/?learningRate=abc&iterations=200");
        page.waitForSelector("#learningRate-error");
        assertEquals("form-error", page.evaluate("() => document.activeElement.id"), "the list of what to fix has the focus");
        assertEquals("abc", page.inputValue("#learningRate"), "the text sent is in sight");
        assertTrue(page.textContent("#learningRate-error").contains("must be a number"), page.textContent("#learningRate-error"));
        double form = page.locator("#experiment-form").boundingBox().y, presets = page.locator("nav.presets").boundingBox().y;
        assertTrue(form < presets, "the fields come before the presets: " + form + " vs " + presets);
        page.fill("#learningRate", "0.5");
        page.click("#run");
        page.waitForSelector("#final-cost");
        assertEquals("number", page.getAttribute("#learningRate", "type"), "once readable, a number field again");
        page.context().close();
    }

    /** "1e" in a number field would be sent empty and come back blank beside "is required": it is said at once. */
    @Test
    void aNumberTheBrowserCannotReadIsSaidAtTheFieldAndNothingIsSent() {
        Page page = browser.page(1280, 800);
        page.navigate(app.base() + "/?iterations=200");
        String before = page.url();
        typeOver(page, "#learningRate", "1e");
        page.click("#run");
        page.waitForSelector("#learningRate-error");
        assertTrue(page.textContent("#learningRate-error").contains("is not a number as typed"), page.textContent("#learningRate-error"));
        assertEquals(before, page.url(), "nothing was sent");
        assertEquals("learningRate", page.evaluate("() => document.activeElement.id"));
        assertEquals(true, page.evaluate("() => document.getElementById('learningRate').validity.badInput"), "the typed text is kept");
        assertEquals("Run", page.textContent("#run").trim(), "the button does not say it is training");
        page.keyboard().press("Backspace");   // "1": readable again
        assertFalse(page.isVisible("#learningRate-error"), "the message goes once the number reads");
        assertEquals("false", page.getAttribute("#learningRate", "aria-invalid"));
        page.navigate(app.base() + "/compare?iterations=50&points=40&vary=hidden:1,2");   // the compare form too
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
        String comparing = page.url();
        typeOver(page, "#learningRate", "1e");
        page.click("#compare");
        page.waitForSelector("#learningRate-error");
        assertTrue(page.textContent("#learningRate-error").contains("is not a number as typed"));
        assertEquals(comparing, page.url(), "nothing was sent");
        page.context().close();
    }

    @Test
    void withoutJavaScriptTheFormRunsAndTheNumbersAreATable() {
        var context = browser.context(1280, 900, false);
        Page page = context.newPage();
        page.navigate(app.base() + "/");
        page.fill("#iterations", "500");
        page.click("#run");
        page.waitForURL(url -> url.contains("iterations=500"));
        assertTrue(page.textContent("#final-iterations").contains("500"));
        assertTrue(page.locator(".series tbody tr").count() > 5, "the curves' numbers as a table");
        context.close();
    }
}
