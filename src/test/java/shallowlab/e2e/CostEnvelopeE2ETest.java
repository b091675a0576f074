package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The cost chart shades the range of the costs between records, and its legend names it. */
class CostEnvelopeE2ETest extends BrowserTest {
    @Test
    void aLargeLearningRateShowsTheRangeBetweenRecordsOnTheCostChart() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?learningRate=10");
        page.waitForFunction("() => document.getElementById('cost-chart').dataset.drawn === 'true'");
        Object labels = page.evaluate("() => Chart.getChart('cost-chart').data.datasets.map(d => d.label)");
        assertEquals(java.util.List.of("", "range between records", "cost"), labels);
        Object widest = page.evaluate("() => { const d = Chart.getChart('cost-chart').data.datasets;"
                + " return Math.max(...d[1].data.map((p, i) => p.y - d[0].data[i].y)); }");
        assertTrue(((Number) widest).doubleValue() > 0.01, "the shading is visible: " + widest);
        // Hovering shows the range as one named line, then the cost: no bare number for the band's lower edge.
        var box = page.locator("#cost-chart").boundingBox();
        page.mouse().move(box.x + box.width * 0.6, box.y + box.height * 0.5);
        page.waitForFunction("() => Chart.getChart('cost-chart').tooltip.getActiveElements().length > 0");
        @SuppressWarnings("unchecked")
        java.util.List<String> lines = (java.util.List<String>) page.evaluate(
                "() => Chart.getChart('cost-chart').tooltip.body.flatMap(b => b.lines)");
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("range between records: [0-9.e+-]+ – [0-9.e+-]+"), lines.toString());
        assertTrue(lines.get(1).matches("cost: [0-9.e+-]+"), lines.toString());
        Object title = page.evaluate("() => Chart.getChart('cost-chart').tooltip.title");
        assertTrue(title.toString().matches("\\[iteration [0-9,]+\\]"), "the iteration, named: " + title);
        Browser.screenshot(page, "cost-envelope");
        page.locator("#cost-chart").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("cost-envelope-chart.png")));
    }
}
