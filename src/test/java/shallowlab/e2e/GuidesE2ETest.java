package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.guide.Guides;

class GuidesE2ETest extends BrowserTest {
    static final String DERIVATIVES = "/learn/activation-derivatives";

    /** A page that collects script errors, console errors and failed requests into {@code errors}. */
    static Page page(int width, List<String> errors) {
        Page page = browser.page(width, width < 500 ? 844 : 900);
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> { if ("error".equals(m.type())) errors.add(m.text()); });
        page.onResponse(r -> { if (r.status() >= 400) errors.add(r.status() + " " + r.url()); });
        return page;
    }

    static void waitForDerivativeCharts(Page page) {
        page.waitForFunction("() => [...document.querySelectorAll('canvas.derivative-chart')]"
                + ".every(c => c.dataset.drawn === 'true')");
    }

    @Test
    void derivativesGuideDrawsItsChartsAndItsButtonOpensTheRunInTheLab() {
        List<String> errors = new ArrayList<>();
        Page page = page(1280, errors);
        page.navigate(app.base() + DERIVATIVES);
        waitForDerivativeCharts(page);
        assertEquals(2, page.locator("canvas.derivative-chart").count());
        Browser.screenshot(page, "guide-derivatives-desktop");

        String expected = Guides.bySlug("activation-derivatives").orElseThrow().trials().get(1).href();
        page.click("#open-1");
        page.waitForURL(url -> url.endsWith(expected));
        page.waitForFunction("() => document.getElementById('cost-chart').dataset.drawn === 'true'");
        assertEquals("10", page.inputValue("input[name=initScale]"));
        assertEquals("1000", page.textContent("#final-iterations").trim());
        assertTrue(page.locator("#explain-init a[href='/learn/initial-scale']").isVisible());
        Browser.screenshot(page, "guide-derivatives-lab-run");
        assertTrue(errors.isEmpty(), "errors: " + errors);
    }

    /**
     * Each derivative chart's z axis is ticked at equal steps (left to Chart.js, a phone-wide one read −6, 0, 5, 6),
     * and its legend draws g′ as a dashed line, as on the chart (it was a filled box with a dashed edge).
     */
    static void assertEvenTicksAndADashedDerivativeInTheLegend(Page page) {
        Object charts = page.evaluate("() => [...document.querySelectorAll('canvas.derivative-chart')].map(c => {"
                + " const chart = Chart.getChart(c), ticks = chart.scales.x.ticks.map(t => t.value);"
                + " return { steps: [...new Set(ticks.slice(1).map((v, i) => v - ticks[i]))].length,"
                + " dashes: chart.legend.legendItems.map(i => (i.lineDash || []).length > 0) }; })");
        assertEquals("[{steps=1, dashes=[false, true, false]}, {steps=1, dashes=[false, true, false]}]",
                charts.toString());
    }

    @Test
    void guidesFitAPhoneScreen() {
        List<String> errors = new ArrayList<>();
        Page page = page(390, errors);
        page.navigate(app.base() + "/learn");
        Browser.screenshot(page, "learn-index-phone");
        page.navigate(app.base() + DERIVATIVES);
        waitForDerivativeCharts(page);
        Browser.screenshot(page, "guide-derivatives-phone");
        assertEvenTicksAndADashedDerivativeInTheLegend(page);
        page.navigate(app.base() + "/learn/gradient-descent");
        Browser.screenshot(page, "guide-gradient-descent-phone");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), "no sideways scrolling of the whole page");
        page.navigate(app.base() + "/learn/learning-rate");
        Browser.screenshot(page, "guide-learning-rate-phone");
        assertTrue(errors.isEmpty(), "errors: " + errors);
    }

    /**
     * A run that several guides share opens with the run's numbers in a phone's first screen: the course's run at
     * 1000 steps, the run of five guides, listed their five sentences first and its numbers began a screen down
     * (1,044 px at 390 × 844). The list is folded under one line, and opens to show every guide's sentence.
     */
    @Test
    void aRunOfManyGuidesShowsItsNumbersInAPhonesFirstScreen() {
        List<String> errors = new ArrayList<>();
        Page page = page(390, errors);
        page.navigate(app.base() + "/?iterations=1000");
        int guides = page.locator("#from-guide-many li").count();
        assertTrue(guides >= 2, "guides listed: " + guides);
        double top = ((Number) page.evaluate("() => document.getElementById('final-numbers').getBoundingClientRect().top")).doubleValue();
        assertTrue(top < 844 - 100, "the numbers start at " + top + " px");
        assertFalse(page.isVisible("#from-guide-many li >> nth=0"), "folded");
        page.click("#from-guide-many summary");
        for (int i = 0; i < guides; i++) assertTrue(page.isVisible("#from-guide-many li >> nth=" + i), "guide " + i + " shows");
        assertTrue(errors.isEmpty(), "errors: " + errors);
    }
}
