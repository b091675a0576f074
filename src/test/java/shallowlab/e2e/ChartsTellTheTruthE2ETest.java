package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.RunLimits;

/** What the lab's and the compare page's charts claim, read back from Chart.js and the page in Chromium. */
class ChartsTellTheTruthE2ETest extends BrowserTest {
    static final String DEFAULT = "/?iterations=1000", ZERO_INIT = "/?init=zeros&iterations=500",
            LARGE_RATE = "/?activation=relu&learningRate=10&iterations=1000",
            RATE_PRESET = "/?hidden=20&learningRate=10&iterations=2000", TEST_SET = "/?iterations=500&testFraction=0.2",
            DIVERGED = "/?hidden=8,8&activation=linear&initScale=3&learningRate=10&iterations=2000";

    static Page open(String path) {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + path);
        PagesReadInColourAndGreyE2ETest.waitForDrawn(page);
        return page;
    }

    static double axis(Page page, String canvas, String end) {
        return ((Number) page.evaluate("([id, end]) => Chart.getChart(id).scales.y[end]", List.of(canvas, end))).doubleValue();
    }

    @Test
    void theAccuracyAxisRunsFromZeroToAHundredOnEveryRun() {
        for (String path : List.of(DEFAULT, ZERO_INIT, LARGE_RATE, TEST_SET, DIVERGED, RATE_PRESET)) {
            Page page = open(path);
            assertEquals(0, axis(page, "accuracy-chart", "min"), path);
            assertEquals(100, axis(page, "accuracy-chart", "max"), path);
            // A blown-up cost, or one that overshoots past 3× its start (α = 10 reaches ~14 from 0.693, and its later
            // swings between 0.2 and 1.2, the preset's claim, would lie on the floor of a linear axis), opens on a log
            // axis, where the climb and the swings show.
            if (path.equals(DIVERGED) || path.equals(LARGE_RATE) || path.equals(RATE_PRESET)) {
                assertTrue(page.isChecked("#cost-log"), path + ": the log box is ticked");
                assertEquals("logarithmic", page.evaluate("() => Chart.getChart('cost-chart').scales.y.type"));
            } else {
                assertFalse(page.isChecked("#cost-log"), path);
                assertEquals(0, axis(page, "cost-chart", "min"), path + ": the cost axis starts at 0");
            }
            page.context().close();
        }
    }

    /**
     * The boundary's shading (from a table of shades, not worked out per pixel) is the output's: on a plane whose a
     * runs from 0 at the left to 1 at the right, every pixel off the a = 0.5 line has the predicted class's colour at
     * strength 0.12 + 0.38·|2a − 1|, to one level of a channel.
     */
    @Test
    void theBoundarysShadeIsThePredictedClassPalerNearAHalf() {
        Page page = open(DEFAULT);
        @SuppressWarnings("unchecked")
        List<Number> found = (List<Number>) page.evaluate("() => {"
                + " const c = document.createElement('canvas'); c.width = c.height = 300; document.body.append(c);"
                + " const n = 11, values = [];"
                + " for (let r = 0; r < n; r++) for (let col = 0; col < n; col++) values.push(col / (n - 1));"
                + " ShallowLab.drawBoundary(c, { size: n, xMin: 0, xMax: 1, yMin: 0, yMax: 1, values: values },"
                + "   { train: { x1: [], x2: [], label: [] } });"
                + " const area = ShallowLab.plotArea(c, { yMin: 0, yMax: 1 });"
                + " const d = c.getContext('2d').getImageData(area.x, area.y, area.w, area.h).data;"
                + " const classes = [[230, 159, 0], [29, 58, 138]];"
                + " let checked = 0, worst = 0;"
                + " for (let py = 0; py < area.h; py++) for (let px = 0; px < area.w; px++) {"
                + "   const a = (px + 0.5) / area.w;"
                + "   if (Math.abs(a - 0.5) * area.w < 4) continue;"   // the line, a few pixels wide
                + "   if (Math.min(px, py, area.w - 1 - px, area.h - 1 - py) < 3) continue;"   // the frame
                + "   const s = 0.12 + 0.38 * Math.min(1, Math.abs(a - 0.5) * 2), k = classes[a > 0.5 ? 1 : 0];"
                + "   for (let ch = 0; ch < 3; ch++)"
                + "     worst = Math.max(worst, Math.abs(d[4 * (py * area.w + px) + ch] - Math.round(255 - (255 - k[ch]) * s)));"
                + "   checked++;"
                + " }"
                + " return [checked, worst, area.w * area.h]; }");
        assertTrue(found.get(0).intValue() > 0.9 * found.get(2).intValue(), "pixels checked: " + found);
        assertTrue(found.get(1).intValue() <= 1, "a channel off its shade by " + found.get(1) + " levels");
    }

    /**
     * Each log axis labels its ticks in one style: over more than three decades powers of ten only, as 1e-3; over
     * three or fewer 1, 2 and 5 of each decade in plain numbers (0.2, 0.5, 1), so that values between read off it,
     * and 3 too within a decade and a half: the course run's cost (0.69 to 0.22) has 0.2, 0.3 and 0.5.
     */
    @Test
    void logAxesLabelTheirTicksInOneStyleEach() {
        Page page = open(DEFAULT);
        page.click("#cost-log");
        @SuppressWarnings("unchecked")
        Map<String, List<String>> labels = (Map<String, List<String>>) page.evaluate("() => Object.fromEntries("
                + "['gradient-chart', 'cost-chart', 'gradient-bars'].map(id => [id,"
                + " Chart.getChart(id).scales.y.ticks.map(t => t.label).filter(l => l !== '')]))");
        for (var axis : labels.entrySet()) {
            List<String> ticks = axis.getValue();
            assertFalse(ticks.isEmpty(), axis.getKey());
            boolean powers = ticks.stream().allMatch(t -> t.matches("1e-?\\d+"));
            boolean plain = ticks.stream().allMatch(t -> t.matches("(0\\.0*[1235]|[1235]0*)"));
            assertTrue(powers || plain, axis.getKey() + ": " + ticks);
        }
        assertTrue(labels.get("cost-chart").containsAll(List.of("0.2", "0.3", "0.5")), labels.get("cost-chart").toString());
        page.context().close();
    }

    @Test
    void theBoundaryLegendListsTestPointsOnlyWhenThereIsATestSet() {
        Page without = open(DEFAULT);
        assertEquals(0, without.locator(".boundary-legend .legend-test").count(), "no test set, no test entry");
        assertTrue(without.isVisible(".boundary-legend >> text=a = 0.5"), "the shading's key");
        without.context().close();
        Page with = open(TEST_SET);
        assertTrue(with.isVisible(".boundary-legend .legend-test"));
        with.context().close();
    }

    @Test
    void zeroInitSaysTheGradientChartIsEmptyAndTheCostFlat() {
        Page page = open(ZERO_INIT);
        assertEquals(0, ((Number) page.evaluate("() => Chart.getChart('gradient-chart').data.datasets"
                + ".flatMap(d => d.data).filter(p => p.y !== null).length")).intValue(), "nothing on the log axis");
        assertTrue(page.isVisible("#gradient-note"), "the empty chart says why");
        assertTrue(page.textContent("#gradient-note").contains("exactly 0"));
        assertTrue(page.isVisible("#gradient-bars-note"), "the empty bars say why");
        assertTrue(page.textContent("#boundary-note").contains("same output"), "a boundary of one output says so");
        double spread = ((Number) page.evaluate("() => { const c = JSON.parse(document.getElementById('page-data')"
                + ".textContent).run.cost; return Math.max(...c) - Math.min(...c); }")).doubleValue();
        String flat = page.textContent("#cost-flat");
        assertTrue(page.isVisible("#cost-flat"), "a flat cost is said to be flat");
        assertTrue(spread == 0 ? flat.contains("does not change") : flat.contains("changes by"), spread + ": " + flat);
        page.context().close();
        Page trained = open(DEFAULT);
        assertFalse(trained.isVisible("#gradient-note"), "a chart with curves has no such note");
        assertFalse(trained.isVisible("#cost-flat"), "a falling cost is not called flat");
        assertFalse(trained.isVisible("#boundary-note"), "a boundary with a 0.5 line needs no note");
        trained.context().close();
    }

    /** A cost that falls more than tenfold from its first record says it starts there (it said "peaks at"). */
    @Test
    void aCostThatFallsTenfoldFromItsStartSaysItStartsThere() {
        Page page = open("/?dataset=circles&hidden=8&activation=relu&init=he&learningRate=0.5&iterations=250");
        boolean startsHighest = (Boolean) page.evaluate("() => { const c = JSON.parse(document.getElementById('page-data')"
                + ".textContent).run.cost; return c[0] === Math.max(...c) && c[0] > 10 * c[c.length - 1]; }");
        assertTrue(startsHighest, "the run's cost starts at its highest and ends over ten times lower");
        assertTrue(page.textContent("#cost-flat").startsWith("The cost starts at "), page.textContent("#cost-flat"));
        page.context().close();
    }

    /**
     * A diverged run's last snapshot overflows in the forward pass: the boundary shows those outputs in grey, not
     * black, and its note says why (the page's own forward pass of that snapshot is the oracle).
     */
    @Test
    void aDivergedSnapshotsOverflowIsGreyAndExplained() {
        Page page = open(DIVERGED);
        var notFinite = ((Number) page.evaluate("() => { const run = JSON.parse(document.getElementById('page-data').textContent).run;"
                + " const g = ShallowLab.gridPoints(run.boundary);"
                + " const out = ShallowLab.forward(run.snapshots.parameters.at(-1), run.config.activation, run.config.leak, g.xs, g.ys);"
                + " return Array.from(out[out.length - 1][0]).filter(v => !Number.isFinite(v)).length; }")).intValue();
        assertTrue(notFinite > 0, "the last snapshot overflows (else this run no longer shows the case)");
        assertTrue(page.textContent("#boundary-note").contains("not a finite number"), page.textContent("#boundary-note"));
        var black = ((Number) page.evaluate("() => { const c = document.getElementById('boundary');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 0; i < d.length; i += 4) if (d[i] === 0 && d[i + 1] === 0 && d[i + 2] === 0) n++; return n; }")).intValue();
        assertEquals(0, black, "pure black pixels on the boundary");
        page.context().close();
    }

    /** Outputs within 0.001 of 0.5 that cross it draw a line on a pale plane: the note says the net is undecided. */
    @Test
    void aLineThroughANearlyUndecidedOutputIsCalledThat() {
        Page page = open("/?hidden=6,6,6&iterations=300");
        @SuppressWarnings("unchecked")
        var range = (List<Number>) page.evaluate("() => { const run = JSON.parse(document.getElementById('page-data').textContent).run;"
                + " const g = ShallowLab.gridPoints(run.boundary);"
                + " const out = ShallowLab.forward(run.snapshots.parameters.at(-1), run.config.activation, run.config.leak, g.xs, g.ys);"
                + " const o = Array.from(out[out.length - 1][0]); return [Math.min(...o), Math.max(...o)]; }");
        double lo = range.get(0).doubleValue(), hi = range.get(1).doubleValue();
        assertTrue(lo <= 0.5 && hi > 0.5 && Math.max(hi - 0.5, 0.5 - lo) < 1e-3, "this run's outputs cross 0.5, within 0.001: " + range);
        String note = page.textContent("#boundary-note");
        assertTrue(note.contains("nearly undecided everywhere") && !note.contains("no boundary"), note);
        page.context().close();
    }

    /** The bars follow their slider in place: the same Chart.js chart, each bar the run's ‖dW[l]‖ at that record. */
    @Test
    void theLayerBarsShowTheSlidersIterationInTheSameChart() {
        Page page = open(DEFAULT);
        Object before = page.evaluate("() => Chart.getChart('gradient-bars').id");
        for (int record : new int[] {0, 7}) {
            page.evaluate("k => { const s = document.getElementById('gradient-at'); s.value = String(k);"
                    + " s.dispatchEvent(new Event('input')); }", record);
            assertEquals(before, page.evaluate("() => Chart.getChart('gradient-bars').id"), "updated, not rebuilt");
            @SuppressWarnings("unchecked")
            var shown = (List<Number>) page.evaluate("() => Chart.getChart('gradient-bars').data.datasets[0].data");
            @SuppressWarnings("unchecked")
            var recorded = (List<Number>) page.evaluate("k => JSON.parse(document.getElementById('page-data').textContent)"
                    + ".run.gradientNorms.map(layer => layer[k])", record);
            assertEquals(recorded.size(), shown.size());
            for (int l = 0; l < shown.size(); l++) {
                assertEquals(recorded.get(l).doubleValue(), shown.get(l).doubleValue(), "layer " + l + " at record " + record);
            }
            var iteration = page.evaluate("k => String(JSON.parse(document.getElementById('page-data').textContent).run.iterations[k])", record);
            assertEquals(iteration, page.textContent("#gradient-iteration"));
        }
        page.context().close();
    }

    @Test
    void aDeepNetDrawsThreeCurvesAndOneBarPerLayer() {
        Page page = open("/?hidden=6,6,6,6,6&iterations=300");
        assertEquals(3, ((Number) page.evaluate("() => Chart.getChart('gradient-chart').data.datasets.length")).intValue());
        assertEquals(6, ((Number) page.evaluate("() => Chart.getChart('gradient-bars').data.labels.length")).intValue());
        assertTrue(page.isVisible("#gradient-shown"), "the chart says which layers it draws");
        @SuppressWarnings("unchecked")
        var pairs = (List<List<String>>) page.evaluate("() => { const bars = Chart.getChart('gradient-bars');"
                + " return Chart.getChart('gradient-chart').data.datasets.map(d => {"
                + "   const l = bars.data.labels.indexOf(d.label.replace(/ \\(.*/, ''));"
                + "   return [d.label, d.borderColor, l < 0 ? null : bars.data.datasets[0].backgroundColor[l]]; }); }");
        for (List<String> pair : pairs) assertEquals(pair.get(1), pair.get(2), pair.get(0) + ": its curve and its bar in one colour");
        assertEquals(3, pairs.stream().map(p -> p.get(1)).distinct().count(), "three curves, three colours: " + pairs);
        page.context().close();
    }

    /** A point on the top edge of the accuracy axis (100 %) is drawn whole: its upper half is on the canvas too. */
    @Test
    void aPointAtAHundredPercentIsNotCutInHalf() {
        Page page = open("/?dataset=gaussians&noise=0&iterations=50");   // 100 % at every one of its 50 records
        var above = ((Number) page.evaluate("() => { const c = Chart.getChart('accuracy-chart'), top = c.chartArea.top;"
                + " const pts = c.getDatasetMeta(0).data.filter(p => !p.skip && Math.abs(p.y - top) < 0.5 && p.options.radius > 0);"
                + " if (!pts.length) return -1; const ctx = c.canvas.getContext('2d'), r = window.devicePixelRatio;"
                + " return pts.filter(p => ctx.getImageData(Math.round(p.x * r), Math.round((top - 1.5) * r), 1, 1).data[3] > 0).length; }"))
                .intValue();
        assertTrue(above > 0, "some point sits at 100 % and shows above the axis' top (-1: none at 100 %): " + above);
        page.context().close();
    }

    @Test
    void aComparisonRefusedMidStreamMarksEveryUnfinishedRowWithTheReason() {
        // Comparisons are paid for up front, so what refuses a run mid-stream is the server: here, a time limit of
        // 1 ms that every fresh training passes.
        var limits = new RunLimits(Long.MAX_VALUE, 0.001, 2, 4, 10, 1e9, 1_000_000);
        try (var limited = new RunningApp(Settings.defaults().withLimits(limits))) {
            Page page = browser.page(1280, 900);
            page.navigate(limited.base() + "/compare?iterations=3000&hidden=16&vary=points:400,800,1200");
            page.waitForFunction("() => document.querySelectorAll('#compare-table tr.refused').length > 0");
            Browser.screenshot(page, "compare-refused");
            assertEquals(0, page.locator("#compare-table tr.running").count(), "no row left running");
            for (String cell : page.locator("#compare-table tr.refused td.final-cost").allTextContents()) {
                assertEquals("not run", cell, "the reason is said once, above the table");
            }
            assertTrue(page.textContent("#progress").contains("time limit"), page.textContent("#progress"));
            page.context().close();
        }
    }

    /**
     * A comparison refused by the browser's budget says why once and offers to run the rest when the budget allows:
     * the lab's "datasets" link, opened after a few runs, said "wait 79 s" in its progress line and in every row,
     * and nothing ran until the learner reloaded at the right time. Here a budget of 3 units, 1 a second: a first
     * 3-run comparison spends it, a second is refused for about 3 s; the button counts down, then runs them.
     */
    @Test
    void aComparisonRefusedByTheBudgetOffersToRunTheRestOnceItAllows() {
        var limits = new RunLimits(Long.MAX_VALUE, 20, 2, 16, 10, 60, 3);
        try (var limited = new RunningApp(Settings.defaults().withLimits(limits))) {
            Page page = browser.page(1280, 900);
            page.navigate(limited.base() + "/compare?points=100&iterations=100&vary=hidden:1,2,3");
            page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
            page.navigate(limited.base() + "/compare?points=100&iterations=100&vary=hidden:4,5,6");
            page.waitForSelector("#run-the-rest");
            String progress = page.textContent("#progress");
            assertTrue(progress.startsWith("No run could be done: too many new runs"), progress);
            assertFalse(progress.matches(".*wait \\d+ s.*"), "the button counts the wait, not a number that stands still: " + progress);
            assertEquals(List.of("not run", "not run", "not run"), page.locator("#compare-table td.final-cost").allTextContents());
            page.waitForSelector("#run-the-rest:enabled", new Page.WaitForSelectorOptions().setTimeout(15_000));
            assertEquals("Run the rest now", page.textContent("#run-the-rest"));
            assertTrue(page.textContent("#progress").endsWith("The wait is over: run the rest now."), "said in the live region");
            page.click("#run-the-rest");
            page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
            assertEquals(0, page.locator("#compare-table tr.refused").count(), "all three ran");
            page.context().close();
        }
    }
}
