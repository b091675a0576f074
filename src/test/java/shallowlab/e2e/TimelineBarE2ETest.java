package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The timeline is a bar that stays in sight from the charts to the end of the network (inside.css): the learner
 * can watch the boundary, the charts' cursors or the network move while it plays, and what the page scrolls to
 * (a link's target, a focused control) is never left under it.
 */
class TimelineBarE2ETest extends BrowserTest {

    /** An element's box in the viewport: {top, bottom}, in CSS pixels. */
    static double[] box(Page page, String selector) {
        var b = page.locator(selector).boundingBox();
        return new double[] {b.y, b.y + b.height};
    }

    static double width(Page page, String selector) { return page.locator(selector).boundingBox().width; }

    static double scrollY(Page page) {
        return ((Number) page.evaluate("() => scrollY")).doubleValue();
    }

    static double viewportHeight(Page page) {
        return ((Number) page.evaluate("() => innerHeight")).doubleValue();
    }

    static void scrollTo(Page page, String selector, String block) {
        page.evaluate("([s, b]) => document.querySelector(s).scrollIntoView({ block: b })", List.of(selector, block));
    }

    static void assertApart(double[] bar, double[] other, String what) {
        assertTrue(other[1] <= bar[0] + 0.5 || other[0] >= bar[1] - 0.5,
                what + " at " + other[0] + "…" + other[1] + " is under the timeline at " + bar[0] + "…" + bar[1]);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void theBarStaysInSightFromTheChartsToTheHiddenSpaceAndNoFurther(int width, int height) {
        Page page = InsideTheNetworkE2ETest.open("iterations=2000", width, height);
        double h = viewportHeight(page);
        scrollTo(page, "#cost-chart", "start");   // the bar's own place is far below, and it has not been used
        assertTrue(box(page, "#timeline-box")[0] >= h, "before it is used, the bar keeps to its place");
        page.focus("#timeline");
        page.keyboard().press("ArrowLeft");   // used: from now on it waits at the bottom edge
        scrollTo(page, "#cost-chart", "start");
        double[] bar = box(page, "#timeline-box");
        assertTrue(bar[0] >= 0 && Math.abs(bar[1] - h) < 1, "at the bottom edge while the cost chart shows: "
                + bar[0] + "…" + bar[1] + " of " + h);
        scrollTo(page, "#hidden-space", "center");   // its own place is above: it waits at the top edge
        bar = box(page, "#timeline-box");
        assertTrue(Math.abs(bar[0]) < 1 && bar[1] < h / 4, "at the top edge beside the hidden space: " + bar[0] + "…" + bar[1]);
        assertApart(bar, box(page, "#hidden-space"), "the hidden space");
        double sliderWidth = width(page, "#timeline"), buttonWidth = width(page, "#timeline-play");
        page.click("#timeline-play");   // played from there, the hidden space moves in sight
        page.waitForFunction("() => Number(document.getElementById('timeline').value) >= 2");
        assertEquals("Pause", page.textContent("#timeline-play").trim());
        assertEquals(buttonWidth, width(page, "#timeline-play"), 0.5, "Pause takes Play's room");
        assertEquals(sliderWidth, width(page, "#timeline"), 0.5, "the slider keeps its length as the numbers change");
        page.click("#timeline-play");
        scrollTo(page, "#explain-title", "start");   // past the network, the bar has gone with it
        assertApart(box(page, "#timeline-box"), box(page, "#explain-title"), "the next section's heading");
        Browser.screenshot(page, "timeline-bar-" + width);
    }

    /** A #t= link's "see it there" jumps to the network; a control reached by Tab is scrolled clear of the bar. */
    @Test
    void whatThePageScrollsToIsPlacedClearOfTheBar() {
        Page page = InsideTheNetworkE2ETest.open("iterations=2000#t=1000", 390, 844);
        page.click("#opened-at a");
        page.waitForFunction("() => document.activeElement.id === 'inside-title'");
        assertTrue(page.url().endsWith("#t=1000"), "the address keeps the link's iteration: " + page.url());
        double[] bar = box(page, "#timeline-box");
        assertApart(bar, box(page, "#inside-title"), "the network's heading, the link's target");
        // The axis choosers scrolled just under the bar, then Shift+Tab onto the first: it is moved out from under it.
        page.evaluate("() => { scrollBy(0, document.getElementById('hidden-x').getBoundingClientRect().top - 20);"
                + " document.getElementById('hidden-y').focus({ preventScroll: true }); }");
        assertTrue(box(page, "#hidden-x")[0] < box(page, "#timeline-box")[1], "the chooser starts under the bar");
        page.keyboard().press("Shift+Tab");
        assertEquals("hidden-x", page.evaluate("() => document.activeElement.id"));
        assertApart(box(page, "#timeline-box"), box(page, "#hidden-x"), "the focused x-axis chooser");
    }

    /**
     * Tab onto the bar's own controls leaves the page where it is: kept "clear of the bar" like the rest, a control
     * in the bar moved the page by the bar's height (360 px on a phone) to clear itself.
     */
    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void tabbingOntoTheBarDoesNotMoveThePage(int width, int height) {
        Page page = InsideTheNetworkE2ETest.open("iterations=2000", width, height);
        page.focus("#timeline");
        page.keyboard().press("ArrowLeft");   // used, so it follows the page up
        scrollTo(page, "#cost-chart", "start");   // the bar held at the bottom edge, its own place far below
        page.evaluate("() => document.querySelector('details.series summary').focus({ preventScroll: true })");
        double before = scrollY(page);
        page.keyboard().press("Tab");
        assertEquals("timeline-back", page.evaluate("() => document.activeElement.id"));
        assertEquals(before, scrollY(page), 2, "the page moved when ◀ took the focus");
        scrollTo(page, "#hidden-space", "center");   // the bar held at the top edge, its own place above
        page.evaluate("() => document.getElementById('inside-title').focus({ preventScroll: true })");
        before = scrollY(page);
        page.keyboard().press("Shift+Tab");
        assertEquals("timeline", page.evaluate("() => document.activeElement.id"));
        assertEquals(before, scrollY(page), 2, "the page moved when the slider took the focus");
    }

    /**
     * The layer bars' own slider, moved by the learner, takes the timeline along (it moved only its bars, beside a
     * boundary and a network at another iteration): to the snapshot at or before the bars' iteration, and the other
     * bar chart to the bars' iteration itself.
     */
    @Test
    void aLayerBarSliderMovedByTheLearnerTakesTheTimelineAlong() throws Exception {
        Page page = InsideTheNetworkE2ETest.open("iterations=2000", 1280, 900);
        var run = InsideTheNetworkE2ETest.JSON.readTree(app.get("/api/experiment?iterations=2000").body());
        page.focus("#gradient-at");
        page.keyboard().press("Home");
        for (int k = 0; k < 130; k++) page.keyboard().press("ArrowRight");   // past the 100 early records
        int bars = run.get("iterations").get(130).asInt(), snapshot = 0;
        for (var it : run.get("snapshots").get("iterations")) if (it.asInt() <= bars) snapshot = it.asInt();
        assertTrue(snapshot < bars, "this record falls between snapshots (" + snapshot + " < " + bars + ")");
        assertEquals(String.valueOf(bars), page.textContent("#gradient-iteration"));
        assertEquals(String.valueOf(bars), page.textContent("#saturation-iteration"), "the other bars follow");
        assertEquals(String.valueOf(snapshot), page.getAttribute("#timeline-numbers", "data-iteration"));
        assertEquals(String.valueOf(snapshot), page.getAttribute("#boundary", "data-iteration"));
        assertEquals(String.valueOf(snapshot), page.getAttribute("#cost-chart", "data-cursor"));
        assertEquals("gradient-at", page.evaluate("() => document.activeElement.id"), "the focus stays on the bars");
    }

    @Test
    void withoutScriptsThereIsNoTimelineToShow() {
        Page page = browser.context(1280, 900, false).newPage();
        page.navigate(app.base() + "/?iterations=200");
        assertTrue(page.isVisible("#final-cost"), "the run's numbers are there");
        assertFalse(page.isVisible("#timeline-box"), "its controls would do nothing without scripts");
    }
}
