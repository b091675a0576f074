package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * While the timeline plays, the learner watches the boundary or the network: nothing on the page may move under
 * their eyes. On the course's run, iteration 0 has a boundary note ("nearly undecided") that the end has not, the end
 * has units' signs ("93 % saturated") that iteration 0 has not, and the layer bars' titles hold a 1- to 5-digit
 * iteration: each of these once moved what was below it as the timeline went from the end to 0 and back.
 */
class PlayingMovesNothingE2ETest extends BrowserTest {

    /** Where the parts of the page below the charts' first row are: top (in the document) or height, in CSS pixels. */
    static Map<String, Double> layout(Page page) {
        Map<String, Double> at = new LinkedHashMap<>();
        double scroll = ((Number) page.evaluate("() => scrollY")).doubleValue();
        at.put("boundary card height", page.locator("figure:has(#boundary)").boundingBox().height);
        at.put("saturation card height", page.locator("#saturation-card").boundingBox().height);
        at.put("diagram height", page.locator("#net").boundingBox().height);
        at.put("network heading top", page.locator("#inside-title").boundingBox().y + scroll);
        at.put("hidden space top", page.locator("#hidden-space").boundingBox().y + scroll);
        return at;
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void fromTheEndToIterationZeroAndBackNothingMoves(int width, int height) {
        Page page = InsideTheNetworkE2ETest.open("", width, height);
        Map<String, Double> atTheEnd = layout(page);
        assertTrue(page.locator(".unit-sign:text('saturated')").count() > 0, "the end shows a unit's sign");
        page.focus("#timeline");
        page.keyboard().press("Home");
        assertEquals("0", page.getAttribute("#boundary", "data-iteration"));
        assertEquals(0, page.locator(".unit-sign:text('saturated')").count(), "iteration 0 shows none");
        assertTrue(page.isVisible("#boundary-snapshot-note"), "iteration 0's boundary is explained");
        assertTrue(page.textContent("#boundary-snapshot-note").contains("nearly undecided"), page.textContent("#boundary-snapshot-note"));
        var note = page.locator("#boundary-snapshot-note").boundingBox();
        var plot = page.locator("#boundary").boundingBox();
        assertTrue(note.y >= plot.y && note.y + note.height <= plot.y + plot.height && note.x >= plot.x
                && note.x + note.width <= plot.x + plot.width, "the note lies on the plot");
        assertEquals(atTheEnd, layout(page), "at iteration 0");
        page.keyboard().press("End");
        assertFalse(page.isVisible("#boundary-snapshot-note"), "the end's boundary needs no note");
        assertEquals(atTheEnd, layout(page), "back at the end");
        Browser.screenshot(page, "playing-moves-nothing-" + width);
    }

    /** Six numbers a second would flood a screen reader: the line is read out again when the learner pauses. */
    @Test
    void playingIsNotReadOutFrameByFrame() {
        Page page = InsideTheNetworkE2ETest.open("iterations=2000", 1280, 900);
        assertEquals("polite", page.getAttribute("#timeline-numbers", "aria-live"));
        page.click("#timeline-play");
        assertEquals("off", page.getAttribute("#timeline-numbers", "aria-live"), "quiet while playing");
        page.waitForFunction("() => Number(document.getElementById('timeline').value) >= 2");
        page.click("#timeline-play");
        assertEquals("polite", page.getAttribute("#timeline-numbers", "aria-live"), "said once paused");
        assertEquals(page.getAttribute("#timeline-numbers", "data-iteration"), page.getAttribute("#boundary", "data-iteration"));
    }
}
