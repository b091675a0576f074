package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.data.Dataset;
import shallowlab.data.PointsCsv;

/**
 * The draw editor (fragments/editor.html, static/js/editor.js) in a real browser: points placed by mouse, touch and
 * keyboard become an uploaded dataset whose link replays the same run, and "edit these points" left alone gives the
 * very run it started from.
 */
class DrawOwnDataE2ETest extends BrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static BoundingBox openEditor(Page page, String button) {
        page.click(button);
        page.waitForSelector("#editor[open]");
        return page.locator("#editor-canvas").boundingBox();
    }

    /** Clicks at (fx, fy), fractions of the canvas's width and height from its top left. */
    static void clickAt(Page page, BoundingBox box, double fx, double fy) {
        page.mouse().click(box.x + fx * box.width, box.y + fy * box.height);
    }

    static String count(Page page) { return page.textContent("#editor-count"); }

    /** One stroke with the button held, left to right across the middle of the plane, in 12 moves. */
    static void paintAcross(Page page, BoundingBox box) {
        page.mouse().move(box.x + 0.2 * box.width, box.y + 0.5 * box.height);
        page.mouse().down();
        for (int i = 1; i <= 12; i++) page.mouse().move(box.x + (0.2 + 0.05 * i) * box.width, box.y + 0.5 * box.height);
        page.mouse().up();
    }

    static JsonNode json(String pathAndQuery) throws Exception {
        var r = app.get(pathAndQuery);
        assertEquals(200, r.status(), r.body());
        return JSON.readTree(r.body());
    }

    static String datasetId(String url) { return url.replaceAll(".*dataset=custom:([0-9a-f]{16}).*", "$1"); }

    /** The viewport (the dialog is modal: the page under it is dimmed), in colour and in grey. */
    static void shootInColourAndGrey(Page page, String name) {
        shoot(page, name);
        page.evaluate("() => { document.documentElement.style.filter = 'grayscale(1)'; }");
        shoot(page, name + "-grey");
        page.evaluate("() => { document.documentElement.style.filter = ''; }");
    }

    static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(name + ".png")));
    }

    @Test
    void aHandfulOfDrawnPointsRunAndTheShareLinkShowsTheSameNumbers() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=300&hidden=3");
        BoundingBox box = openEditor(page, "#draw-new");
        assertEquals("no points yet", count(page));
        for (int i = 0; i < 6; i++) clickAt(page, box, 0.2 + 0.03 * i, 0.25 + 0.08 * i);
        page.check("input[name='editor-class'][value='1']");
        for (int i = 0; i < 6; i++) clickAt(page, box, 0.7 + 0.03 * i, 0.25 + 0.08 * i);
        assertEquals("12 points: 6 of label 0, 6 of label 1", count(page));
        shootInColourAndGrey(page, "draw-desktop");
        assertEquals(List.of(), AccessibilityE2ETest.violations(page, "lab with the draw editor open @1280"));

        page.click("#editor-run");
        page.waitForURL(url -> url.contains("dataset=custom:"));
        page.waitForFunction("() => document.getElementById('boundary').dataset.drawn === 'true'");
        assertTrue(page.url().contains("hidden=3") && page.url().contains("iterations=300"), "the form's settings stay: " + page.url());
        Dataset drawn = PointsCsv.read(app.get("/api/datasets/" + datasetId(page.url()) + ".csv").body());
        assertEquals(12, drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            assertEquals(drawn.x1()[i] > 0 ? 1 : 0, drawn.label()[i], "left of the middle label 0, right label 1: point " + i);
        }
        String cost = page.textContent("#final-cost"), accuracy = page.textContent("#final-train-accuracy");

        Page shared = browser.page(1280, 900);
        shared.navigate(page.inputValue("#share-link"));
        shared.waitForFunction("() => document.getElementById('boundary').dataset.drawn === 'true'");
        assertEquals(cost, shared.textContent("#final-cost"));
        assertEquals(accuracy, shared.textContent("#final-train-accuracy"));
        assertEquals("uploaded data", shared.locator("#dataset option:checked").textContent());
        page.context().close();
        shared.context().close();
    }

    @Test
    void editingThesePointsAndLeavingThemAloneReplaysTheRunBitForBit() throws Exception {
        String rest = "testFraction=0.2&dataSeed=4&hidden=5&iterations=200";
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?dataset=moons&points=200&noise=0.3&" + rest);
        openEditor(page, "#draw-edit");
        page.waitForFunction("() => document.getElementById('editor-canvas').dataset.points === '200'");
        assertEquals("200 points: 100 of label 0, 100 of label 1", count(page));
        page.click("#editor-run");
        page.waitForURL(url -> url.contains("dataset=custom:"));
        JsonNode original = json("/api/experiment?dataset=moons&points=200&noise=0.3&" + rest);
        JsonNode edited = json("/api/experiment?dataset=custom:" + datasetId(page.url()) + "&" + rest);
        for (String field : List.of("cost", "trainAccuracy", "testAccuracy", "data", "final")) {
            assertEquals(original.get(field), edited.get(field), field);
        }
        page.context().close();
    }

    @Test
    void aDragPaintsAStrokeThatOneUndoTakesBackAndTheEraserRemovesPoints() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        BoundingBox box = openEditor(page, "#draw-new");
        paintAcross(page, box);
        int painted = Integer.parseInt(page.locator("#editor-canvas").getAttribute("data-points"));
        assertTrue(painted >= 10, "a point every few pixels along the stroke: " + painted);
        page.click("#editor-undo");
        assertEquals("no points yet", count(page), "one Undo takes the whole stroke back");
        assertTrue(page.isDisabled("#editor-undo"), "nothing left to undo");
        paintAcross(page, box);
        page.check("input[name='editor-tool'][value='erase']");
        page.mouse().move(box.x + 0.45 * box.width, box.y + 0.3 * box.height);
        page.mouse().down();
        page.mouse().move(box.x + 0.45 * box.width, box.y + 0.7 * box.height, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();
        int left = Integer.parseInt(page.locator("#editor-canvas").getAttribute("data-points"));
        assertTrue(left > 0 && left < painted, "the eraser's stroke across the line removed some: " + left + " of " + painted);
        page.click("#editor-clear");
        assertEquals("no points yet", count(page));
        page.click("#editor-undo");
        assertEquals(String.valueOf(left), page.locator("#editor-canvas").getAttribute("data-points"), "Clear can be undone");
        page.context().close();
    }

    @Test
    void theKeyboardAloneDrawsBothClassesErasesAndUndoes() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        openEditor(page, "#draw-new");
        page.focus("#editor-canvas");
        page.keyboard().press("Space");
        for (int i = 0; i < 6; i++) page.keyboard().press("Shift+ArrowRight");
        assertTrue(page.textContent("#editor-cursor").startsWith("cross at x₁ 4.50"), page.textContent("#editor-cursor"));
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        assertEquals("2 points: 1 of label 0, 1 of label 1", count(page));
        page.keyboard().press("Delete");
        assertEquals("1 point: 1 of label 0, 0 of label 1", count(page), "Delete erased the point under the cross");
        page.keyboard().press("Control+z");
        assertEquals("2 points: 1 of label 0, 1 of label 1", count(page));
        page.keyboard().press("Escape");
        assertFalse(page.isVisible("#editor"), "Escape closes the dialog");
        page.click("#draw-new");
        assertEquals("2 points: 1 of label 0, 1 of label 1", count(page), "closing keeps the drawing");
        page.context().close();
    }

    /** On a laptop's 1280×800 and a phone, the whole editor, its Run button included, fits without scrolling. */
    @Test
    void theEditorsRunButtonShowsWithoutScrolling() {
        for (int[] size : new int[][] {{1280, 800}, {1280, 900}, {390, 844}}) {
            Page page = browser.page(size[0], size[1]);
            page.navigate(app.base() + "/?iterations=200");
            BoundingBox canvas = openEditor(page, "#draw-new");
            BoundingBox run = page.locator("#editor-run").boundingBox();
            String at = size[0] + "×" + size[1];
            assertTrue(run.y + run.height <= size[1], at + ": the Run button ends at " + (run.y + run.height));
            assertTrue(canvas.width >= 240, at + ": the plane is " + canvas.width + " px wide");
            Number scrolled = (Number) page.evaluate("() => { const d = document.getElementById('editor');"
                    + " return d.scrollHeight - d.clientHeight; }");
            assertTrue(scrolled.doubleValue() <= 1, at + ": the dialog scrolls by " + scrolled);
            if (size[1] == 800) shoot(page, "editor-laptop-800");
        }
    }

    @Test
    void onAPhoneTapsAddPointsAndOneClassAloneIsExplained() {
        Page page = browser.touchPage(390, 844);
        page.navigate(app.base() + "/?iterations=200");
        page.tap("#draw-new");
        page.waitForSelector("#editor[open]");
        BoundingBox box = page.locator("#editor-canvas").boundingBox();
        for (int i = 0; i < 5; i++) page.touchscreen().tap(box.x + (0.25 + 0.1 * i) * box.width, box.y + 0.3 * box.height);
        assertEquals("5 points: 5 of label 0, 0 of label 1", count(page));
        String before = page.url();
        page.tap("#editor-run");
        assertEquals("add at least 2 points of each class: now 5 of label 0 and 0 of label 1",
                page.textContent("#editor-error"));
        assertEquals(before, page.url(), "nothing was stored or opened");
        page.tap("input[name='editor-class'][value='1']");
        page.touchscreen().tap(box.x + 0.25 * box.width, box.y + 0.7 * box.height);
        page.tap("#editor-run");
        assertEquals("add at least 2 points of each class: now 5 of label 0 and 1 of label 1",
                page.textContent("#editor-error"), "one point of a class is not enough: a test share could hold it out");
        assertEquals(before, page.url(), "nothing was stored or opened");
        page.tap("#editor-close");
        page.tap("#draw-new");
        assertEquals("", page.textContent("#editor-error"), "reopened, the editor does not repeat what it said before");
        assertEquals("6 points: 5 of label 0, 1 of label 1", count(page), "the drawing stays");
        for (int i = 1; i < 5; i++) page.touchscreen().tap(box.x + (0.25 + 0.1 * i) * box.width, box.y + 0.7 * box.height);
        assertEquals("10 points: 5 of label 0, 5 of label 1", count(page));
        shootInColourAndGrey(page, "draw-phone");
        assertEquals(List.of(), AccessibilityE2ETest.violations(page, "lab with the draw editor open @390"));
        page.tap("#editor-run");
        page.waitForURL(url -> url.contains("dataset=custom:"));
        Dataset tapped = PointsCsv.read(app.get("/api/datasets/" + datasetId(page.url()) + ".csv").body());
        for (int i = 1; i < 5; i++) {
            assertEquals(tapped.x2()[0], tapped.x2()[i], "each row of taps lies on one line: the plane never moved");
            assertEquals(tapped.x2()[5], tapped.x2()[5 + i]);
        }
        page.context().close();
    }

    @Test
    void withoutJavaScriptTheDrawButtonsAreNotOffered() {
        Page page = browser.context(1280, 900, false).newPage();
        page.navigate(app.base() + "/?iterations=200");
        assertFalse(page.isVisible("#draw-new"));
        assertFalse(page.isVisible("#editor"));
        page.context().close();
    }

    @Test
    void onTheComparePageDrawnPointsOpenTheComparisonOnThem() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/compare?iterations=100&vary=hidden:1,2");
        BoundingBox box = openEditor(page, "#draw-new");
        for (int i = 0; i < 3; i++) clickAt(page, box, 0.25 + 0.05 * i, 0.3);
        page.check("input[name='editor-class'][value='1']");
        for (int i = 0; i < 3; i++) clickAt(page, box, 0.25 + 0.05 * i, 0.7);
        page.click("#editor-run");
        page.waitForURL(url -> url.contains("/compare?") && url.contains("dataset=custom:"));
        PagesReadInColourAndGreyE2ETest.waitForDrawn(page);
        assertTrue(page.url().contains("vary=hidden:1,2") && page.url().contains("iterations=100"), "the comparison stays: " + page.url());
        assertEquals(2, page.locator("#compare-table tbody tr").count());
        assertEquals(0, page.locator("#compare-table tbody tr.refused").count(), "both runs were done");
        page.context().close();
    }
}
