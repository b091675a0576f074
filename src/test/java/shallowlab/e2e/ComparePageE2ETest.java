package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.Html;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;
import shallowlab.data.PointsCsv;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;
import shallowlab.experiment.Sweep;
import shallowlab.guide.Guide;
import shallowlab.guide.Guides;

class ComparePageE2ETest extends BrowserTest {
    static final String SWEEP = "/compare?points=100&testFraction=0.2&iterations=300&vary=hidden:1,2,3,5";

    /** Opens the comparison and waits until every run is in the table and every chart and boundary is drawn. */
    static Page openComparison(int width, int height, List<String> errors) {
        Page page = browser.page(width, height);
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> { if ("error".equals(m.type())) errors.add(m.text()); });
        page.onResponse(r -> { if (r.status() >= 400) errors.add(r.status() + " " + r.url()); });
        page.navigate(app.base() + SWEEP);
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'"
                + " && [...document.querySelectorAll('#comparison canvas')].every(c => c.dataset.drawn === 'true')");
        return page;
    }

    @Test
    void streamedRowsCarryTheNumbersTheLabPageShowsForEachRun() {
        List<String> errors = new ArrayList<>();
        Page page = openComparison(1280, 900, errors);
        Browser.screenshot(page, "compare-desktop");
        assertEquals(0, page.locator("#compare-table tr.running").count());
        assertEquals("All 4 runs done.", page.textContent("#progress"));
        List<String> costs = page.locator("#compare-table td.final-cost").allTextContents();
        List<String> links = page.locator("#compare-table tbody th a").all().stream()
                .map(a -> a.getAttribute("href")).toList();
        assertEquals(4, costs.size());
        page.locator("#compare-table tbody th a").first().click();
        page.waitForURL(url -> !url.contains("/compare"), new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        assertEquals(costs.get(0), page.textContent("#final-cost"), "row 0");
        for (int i = 1; i < costs.size(); i++) {
            page.navigate(app.base() + links.get(i), new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
            assertEquals(costs.get(i), page.textContent("#final-cost"), "row " + i);
        }
        assertTrue(errors.isEmpty(), "script errors: " + errors);
    }

    /**
     * On a phone's dense screen (three device pixels per CSS pixel) a small boundary gets at least two canvas pixels
     * per CSS pixel it is shown at, where it had 240 for some 160 CSS pixels (blurred, scaled up 3×), and draws the
     * same picture: its a = 0.5 line covers about the same share of the shading as on a screen of one device pixel
     * per CSS pixel, where the canvas keeps its 240 pixels (drawn one pixel wide at twice the pixels, the line
     * would cover half that share, and read faint).
     */
    @Test
    void onADenseScreenTheSmallBoundariesAreDrawnAtItsPixels() {
        JsonNode dense = boundaryPixels(browser.touchPage(390, 844)), plain = boundaryPixels(browser.page(390, 844));
        for (int i = 0; i < 4; i++) {
            JsonNode d = dense.get(i), p = plain.get(i);
            assertTrue(d.get("width").asDouble() >= 2 * d.get("shown").asDouble(), "dense screen, boundary " + i + ": " + d);
            assertEquals(240, p.get("width").asInt(), "plain screen, boundary " + i + ": " + p);
            double ratio = d.get("lineShare").asDouble() / p.get("lineShare").asDouble();
            assertTrue(ratio > 0.6 && ratio < 1.6, "the line's share of boundary " + i + ", dense / plain = " + ratio
                    + ": " + d + " against " + p);
        }
    }

    /**
     * Per small boundary: its canvas's width, its CSS width, and the share of its shading (the image put under the
     * points and axes) in the a = 0.5 line's colour.
     */
    static JsonNode boundaryPixels(Page page) {
        page.addInitScript("window.__line = {}; const put = CanvasRenderingContext2D.prototype.putImageData;"
                + " CanvasRenderingContext2D.prototype.putImageData = function (image) {"
                + " const px = image.data; let line = 0;"
                + " for (let i = 0; i < px.length; i += 4) if (px[i] === 17 && px[i + 1] === 24 && px[i + 2] === 39) line++;"
                + " window.__line[this.canvas.id] = line / (image.width * image.height);"
                + " return put.apply(this, arguments); };");
        page.navigate(app.base() + SWEEP);
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'"
                + " && [...document.querySelectorAll('#comparison canvas')].every(c => c.dataset.drawn === 'true')");
        Object measured = page.evaluate("() => [...document.querySelectorAll('canvas[id^=boundary-]')].map(c =>"
                + " ({ width: c.width, shown: c.clientWidth, lineShare: window.__line[c.id] }))");
        page.context().close();
        return new ObjectMapper().valueToTree(measured);
    }

    /** The run as {@code GET /api/experiment} gives it: exact, the oracle for what the page draws. */
    static JsonNode apiRun(Experiment e) throws Exception {
        return new ObjectMapper().readTree(app.get("/api/experiment?" + e.toQuery()).body());
    }

    /**
     * A small boundary of a net undecided everywhere (the deep sigmoid of the vanishing-gradients guide: its exact
     * outputs, from the API, stay within 0.001 of 0.5) says so under its picture, as the lab page does; the ReLU
     * run beside it, which decides, has no note.
     */
    @Test
    void anUndecidedNetsBoundarySaysSoUnderItsPicture() throws Exception {
        Guide guide = Guides.bySlug("vanishing-gradients").orElseThrow();
        for (int i = 0; i < 2; i++) {
            JsonNode values = apiRun(guide.trials().get(i).experiment()).get("boundary").get("values");
            double undecided = 0;
            for (JsonNode v : values) undecided = Math.max(undecided, Math.abs(v.asDouble() - 0.5));
            assertEquals(i == 0, undecided < 1e-3, guide.trials().get(i).label() + ": max |a − 0.5| = " + undecided);
        }
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + guide.compareHref());
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
        assertTrue(page.isVisible("#boundary-note-0"), "the sigmoid run's note shows");
        assertTrue(page.textContent("#boundary-note-0").contains("nearly undecided everywhere"), page.textContent("#boundary-note-0"));
        assertTrue(page.isHidden("#boundary-note-1"), "the ReLU run decides: " + page.textContent("#boundary-note-1"));
        Browser.screenshot(page, "compare-undecided");
    }

    /**
     * The learning-rate guide's comparison opens on a log cost axis: α = 10 climbs above 3× the starting cost (the
     * API's run says so), which on a linear axis squeezes the other curves onto its floor. A comparison whose costs
     * only fall opens linear, and the learner's own choice is kept.
     */
    @Test
    void aCostThatSpikesOpensTheCostAxisOnALogScale() throws Exception {
        Guide guide = Guides.bySlug("learning-rate").orElseThrow();
        JsonNode cost = apiRun(guide.trials().get(2).experiment()).get("cost");
        double max = 0;
        for (JsonNode c : cost) max = Math.max(max, c.asDouble());
        assertTrue(max > 3 * cost.get(0).asDouble(), "α = 10 spikes: " + max);

        Page page = browser.page(1280, 900);
        page.navigate(app.base() + guide.compareHref());
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
        assertTrue(page.isChecked("#cost-log"), "log scale chosen for the spike");
        // Over three decades the axis has ticks at 1, 2 and 5 of each and ends at the tick above the highest cost
        // (20 for α = 10's 14, where whole decades ended at 100): costs like 0.22 read off the axis.
        JsonNode y = new ObjectMapper().valueToTree(page.evaluate("() => { const y = Chart.getChart("
                + "document.getElementById('cost-chart')).scales.y; return { max: y.max, ticks: y.ticks.map(t => t.value),"
                + " labels: y.ticks.map(t => t.label) }; }"));
        assertTrue(y.get("max").asDouble() >= max && y.get("max").asDouble() <= 2.5 * max, "the axis ends near " + max + ": " + y);
        assertTrue(y.get("labels").toString().contains("\"0.2\"") && y.get("labels").toString().contains("\"0.5\""), y.toString());
        List<String> rises = page.locator("#compare-table td.cost-rises").allTextContents();
        assertEquals(Html.matches(app.get(guide.compareHref() + "&static=1").body(), "<td class=\"cost-rises\">([^<]*)</td>"),
                rises, "the streamed rows count the cost's rises as the server's table does");
        assertTrue(rises.stream().allMatch(r -> r.matches("\\d+ of \\d+")), rises.toString());
        Browser.screenshot(page, "compare-learning-rates");

        Page falling = openComparison(1280, 900, new ArrayList<>());
        assertTrue(!falling.isChecked("#cost-log"), "costs that only fall keep the linear axis");
    }

    /**
     * The form's Values follow its Parameter: choosing the activation put nothing new there, and the hidden sizes
     * left in it were refused ("value '1': activation must be one of …"). Each parameter now brings its example
     * values, and what the learner typed for a parameter comes back when it is chosen again.
     */
    @Test
    void theValuesFollowTheParameterAndKeepWhatWasTyped() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/compare");
        assertEquals("1,2,3,4,5,20,50", page.inputValue("#varyValues"));
        page.selectOption("#varyKey", "learningRate");
        assertEquals(String.join(",", Sweep.exampleValues(Param.LEARNING_RATE)), page.inputValue("#varyValues"));
        page.fill("#varyValues", "0.5,1");
        page.selectOption("#varyKey", "activation");
        assertEquals(String.join(",", Sweep.exampleValues(Param.ACTIVATION)), page.inputValue("#varyValues"));
        page.selectOption("#varyKey", "learningRate");
        assertEquals("0.5,1", page.inputValue("#varyValues"), "what was typed comes back");
        page.selectOption("#varyKey", "hidden");
        assertEquals("1,2,3,4,5,20,50", page.inputValue("#varyValues"), "and what the page opened with");
        page.context().close();
    }

    /**
     * Runs that start more than 3× apart open on a log axis too: the lab's "init scales" comparison of the course's
     * run starts randn·10 near 14 and the small scales at log 2, whose curves lay flat along a linear axis's floor.
     * Oracle: the runs' first costs from /api/compare.
     */
    @Test
    void costsThatStartFarApartOpenTheCostAxisOnALogScale() throws Exception {
        String query = "vary=initScale:0,0.01,1,10";
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/compare?" + query);
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
        boolean log = page.isChecked("#cost-log");
        page.context().close();
        var answer = app.get("/api/compare?" + query);   // its runs now cached: no estimate can refuse it
        assertEquals(200, answer.status(), answer.body());
        double lo = Double.MAX_VALUE, hi = 0;
        for (JsonNode run : new ObjectMapper().readTree(answer.body()).get("runs")) {
            lo = Math.min(lo, run.get("run").get("cost").get(0).asDouble());
            hi = Math.max(hi, run.get("run").get("cost").get(0).asDouble());
        }
        assertTrue(hi > 3 * lo, "the starts are more than 3× apart: " + lo + " – " + hi);
        assertTrue(log, "log scale chosen for starts far apart");
    }

    /**
     * On a phone the table's headings stay apart: right-aligned, with padding only on their right, "distinct units"
     * and "diverged?" read as one heading ("units diverged?", 5 px apart). Each heading's words end at least 8 px
     * before the next one's begin.
     */
    @Test
    void onAPhoneTheTablesHeadingsStayApart() {
        Page page = openComparison(390, 844, new ArrayList<>());
        List<?> gaps = (List<?>) page.evaluate("() => { const boxes = [...document.querySelectorAll('#compare-table thead th')]"
                + ".map(th => { const r = document.createRange(); r.selectNodeContents(th); return r.getBoundingClientRect(); });"
                + " return boxes.slice(1).map((b, i) => b.left - boxes[i].right); }");
        for (Object gap : gaps) assertTrue(((Number) gap).doubleValue() >= 8, "gaps between headings: " + gaps);
        page.context().close();
    }

    @Test
    void onAPhoneTheTableScrollsAndTheBoundariesSitTwoAbreast() {
        List<String> errors = new ArrayList<>();
        Page page = openComparison(390, 844, errors);
        Browser.screenshot(page, "compare-phone");
        int pageWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(pageWidth <= 390, "the page scrolls sideways: " + pageWidth);
        Number boundaryWidth = (Number) page.evaluate("() => document.getElementById('boundary-0').getBoundingClientRect().width");
        assertTrue(boundaryWidth.doubleValue() > 120, "boundary " + boundaryWidth);
        assertTrue(errors.isEmpty(), "script errors: " + errors);
    }

    /**
     * With a test share the table has seven columns, wider than a phone: a line under it says so, and scrolled to
     * its end it shows its last column ("diverged?") beside its first, which names the run and stays in place.
     */
    @Test
    void onAPhoneATableWiderThanTheScreenSaysSoAndKeepsItsFirstColumn() {
        Page page = browser.page(390, 844);
        page.navigate(app.base() + "/compare?points=100&iterations=100&testFraction=0.2&vary=learningRate:0.01,0.1,1.2,10");
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
        assertTrue(page.isVisible("#table-scroll-hint"), "the line under the table says it scrolls");
        page.evaluate("() => { const s = document.querySelector('.table-scroll'); s.scrollLeft = s.scrollWidth; }");
        var box = page.locator(".table-scroll").boundingBox();
        var last = page.locator("#compare-table thead th:last-child").boundingBox();
        var first = page.locator("#compare-table tbody tr:first-child th").boundingBox();
        assertTrue(last.x >= box.x - 0.5 && last.x + last.width <= box.x + box.width + 0.5, "the last column in sight");
        assertTrue(first.x >= box.x - 0.5 && first.x + first.width <= last.x, "the first column in sight, beside it");
        page.context().close();
        Page wide = browser.page(1280, 900);
        wide.navigate(app.base() + "/compare?points=100&iterations=100&testFraction=0.2&vary=learningRate:0.01,0.1,1.2,10");
        wide.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'");
        assertFalse(wide.isVisible("#table-scroll-hint"), "a table that fits says nothing");
        wide.context().close();
    }

    /**
     * Script defining dE(p, q): the CIE76 ΔE between two of a chart's series colours ('#rrggbb', sRGB through XYZ
     * (D65) to L*a*b*), as seen with normal colour vision (sees = null) or as a deuteranope, protanope or tritanope
     * sees them (sees = VISIONS[k]: Machado, Oliveira and Fernandes 2009, severity 1, applied to linear RGB).
     */
    static final String DELTA_E = "const linear = v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;"
            + " const gamma = v => { v = Math.min(1, Math.max(0, v)); return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055; };"
            + " const VISIONS = [[[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],"
            + " [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],"
            + " [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]]];"
            + " const rgb = (hex, sees) => { const c = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255);"
            + " if (!sees) return c; const l = c.map(linear); return sees.map(r => gamma(r[0] * l[0] + r[1] * l[1] + r[2] * l[2])); };"
            + " const lab = c => { const l = c.map(linear);"
            + " const f = [[0.4124, 0.3576, 0.1805, 0.95047], [0.2126, 0.7152, 0.0722, 1], [0.0193, 0.1192, 0.9505, 1.08883]]"
            + ".map(r => (r[0] * l[0] + r[1] * l[1] + r[2] * l[2]) / r[3]).map(t => t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);"
            + " return [116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])]; };"
            + " const dE = (p, q, sees) => Math.hypot(...lab(rgb(p, sees)).map((v, i) => v - lab(rgb(q, sees))[i]));";

    /** A quick comparison of the given hidden sizes (100 points, 100 iterations), once all runs and charts are in. */
    static Page openSmallComparison(int width, int height, String hiddenSizes) {
        Page page = browser.page(width, height);
        page.navigate(app.base() + "/compare?points=100&iterations=100&vary=hidden:" + hiddenSizes);
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'"
                + " && document.getElementById('gradient-chart').dataset.drawn === 'true'");
        return page;
    }

    /**
     * The seven-run hidden-size comparison on a phone: its gradient legend names the parameter as the form labels
     * it, once, as its title, then each value once (the caption says which line is which layer; the tooltips keep
     * the parameter and the layer) in at most a fifth of the chart's height — it took a third — and no two of its
     * seven colours are alike, with normal colour vision or with any of the three common
     * colour-vision deficiencies (its vermillion and olive were 2.9 apart in ΔE to a protanope; markers differ too).
     */
    @Test
    void aSevenRunComparisonsLegendIsShortAndItsColoursApartOnAPhone() {
        Page page = openSmallComparison(390, 844, "1,2,3,4,5,20,50");
        Browser.screenshot(page, "compare-seven-phone");
        JsonNode chart = new ObjectMapper().valueToTree(page.evaluate("() => { const c = Chart.getChart(document.getElementById('gradient-chart'));"
                + " return { legend: c.legend.legendItems.map(i => i.text), title: c.options.plugins.legend.title.text,"
                + " legendHeight: c.legend.height, height: c.height, labels: c.data.datasets.map(d => d.label) }; }"));
        List<String> legend = new ArrayList<>();
        chart.get("legend").forEach(t -> legend.add(t.asText()));
        String label = page.textContent("label[for=hidden]");
        assertEquals("Hidden units per layer", label);
        assertEquals(label, chart.get("title").asText());
        assertEquals(List.of("1", "2", "3", "4", "5", "20", "50"), legend);
        assertTrue(chart.get("labels").toString().contains(label + " = 50 · dW1"), chart.get("labels").toString());
        assertTrue(chart.get("legendHeight").asDouble() <= chart.get("height").asDouble() / 5, chart.toString());
        double closest = ((Number) page.evaluate("() => { " + DELTA_E
                + " const colours = [...new Set(Chart.getChart(document.getElementById('cost-chart')).data.datasets"
                + ".map(d => d.borderColor))]; let least = Infinity;"
                + " [null, ...VISIONS].forEach(sees => colours.forEach((p, i) => colours.slice(i + 1)"
                + ".forEach(q => { least = Math.min(least, dE(p, q, sees)); })));"
                + " return colours.length === 7 ? least : -1; }")).doubleValue();
        assertTrue(closest >= 15, "two of the seven series colours are alike to some reader: ΔE " + closest);
    }

    /**
     * Each run's glyph in the table is the marker its curves carry: the 20-unit run's table said ▬ where its curves
     * drew a rounded square, which read as the 3-unit run's ■ in greyscale. The chart's marker (Chart.js style and
     * turn) is mapped to the glyph it draws, and every run's marker differs.
     */
    @Test
    void eachRunsTableGlyphIsTheMarkerItsCurvesDraw() {
        Page page = openSmallComparison(1280, 900, "1,2,3,4,5,20,50");
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) page.evaluate("() => { const shapes = { 'circle 0': '●', 'triangle 0': '▲',"
                + " 'rect 0': '■', 'rectRot 0': '◆', 'triangle 180': '▼', 'triangle 90': '▶', 'cross 0': '✚', 'crossRot 0': '✕' };"
                + " return Chart.getChart(document.getElementById('cost-chart')).data.datasets"
                + ".map(d => shapes[d.pointStyle + ' ' + d.pointRotation] || d.pointStyle + ' ' + d.pointRotation); }");
        List<String> table = page.locator("#compare-table tbody .swatch").allTextContents();
        assertEquals(table, drawn);
        assertEquals(7, new java.util.HashSet<>(drawn).size(), "seven markers: " + drawn);
        page.context().close();
    }

    /**
     * Most comparisons have 2 to 4 runs, and a printout or a greyscale screen shows only lightness: the first four
     * series colours are at least 15 apart in L* (their vermillion, green and pink were 54, 58 and 61: one grey).
     */
    @Test
    void aFourRunComparisonsColoursAreApartInGreyscale() {
        Page page = openSmallComparison(1280, 900, "1,2,3,4");
        @SuppressWarnings("unchecked")
        List<Number> lightness = (List<Number>) page.evaluate("() => { " + DELTA_E
                + " return [...new Set(Chart.getChart(document.getElementById('cost-chart')).data.datasets"
                + ".map(d => d.borderColor))].map(p => lab(rgb(p, null))[0]); }");
        assertEquals(4, lightness.size(), lightness.toString());
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                double apart = Math.abs(lightness.get(i).doubleValue() - lightness.get(j).doubleValue());
                assertTrue(apart >= 15, "runs " + (i + 1) + " and " + (j + 1) + " are " + apart + " apart in L*: " + lightness);
            }
        }
        page.context().close();
    }

    /**
     * A value's legend entry hides and shows all its curves: on the gradient chart, a run's first layer (the entry)
     * and its output layer (dashed, with no entry of its own), where Chart.js alone would hide only the first.
     */
    @Test
    void aLegendEntryHidesAndShowsBothCurvesOfItsRun() {
        Page page = openSmallComparison(1280, 900, "1,2,3");
        String visible = "() => { const c = Chart.getChart(document.getElementById('gradient-chart'));"
                + " return c.data.datasets.map((d, i) => d.label + (c.isDatasetVisible(i) ? '' : ' hidden')).join('; '); }";
        String all = "h = 1 · dW1; h = 1 · dW2; h = 2 · dW1; h = 2 · dW2; h = 3 · dW1; h = 3 · dW2".replace("h =", "Hidden units per layer =");
        assertEquals(all, page.evaluate(visible));
        clickLegendEntry(page, "gradient-chart", 1);
        assertEquals(all.replace("2 · dW1;", "2 · dW1 hidden;").replace("2 · dW2;", "2 · dW2 hidden;"), page.evaluate(visible));
        clickLegendEntry(page, "gradient-chart", 1);
        assertEquals(all, page.evaluate(visible));
    }

    /**
     * Clicks legend entry i of the chart on canvas id, where Chart.js laid it out, and returns once Chart.js has
     * handled it: it handles pointer events at the next animation frame (the pointer is moved there first, so that
     * the click is an event of its own frame).
     */
    static void clickLegendEntry(Page page, String id, int i) {
        page.locator("#" + id).scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        var at = (java.util.Map<String, Number>) page.evaluate("([id, i]) => { const c = document.getElementById(id),"
                + " box = Chart.getChart(c).legend.legendHitBoxes[i], r = c.getBoundingClientRect();"
                + " return { x: r.left + box.left + box.width / 2, y: r.top + box.top + box.height / 2 }; }",
                List.of(id, i));
        String twoFrames = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))";
        page.mouse().move(at.get("x").doubleValue(), at.get("y").doubleValue());
        page.evaluate(twoFrames);
        page.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());
        page.evaluate(twoFrames);
    }

    /**
     * Every text the small boundaries draw, in the canvas's pixels: its canvas, its font size as shown, its advance
     * ({@code from}, {@code to}) and the box its glyphs cover ({@code left}, {@code right}, {@code top},
     * {@code bottom}, from the canvas's own measure, which takes the alignment and the baseline into account).
     */
    static JsonNode boundaryTexts(Page page) { return boundaryTexts(page, SWEEP); }

    /** As {@link #boundaryTexts(Page)}, on the comparison at {@code path}. */
    static JsonNode boundaryTexts(Page page, String path) {
        page.addInitScript("window.__texts = []; const fill = CanvasRenderingContext2D.prototype.fillText;"
                + " CanvasRenderingContext2D.prototype.fillText = function (text, x, y) {"
                + " if (this.canvas.id.startsWith('boundary-')) { const m = this.measureText(text), w = m.width,"
                + " from = this.textAlign === 'center' ? x - w / 2 : this.textAlign === 'right' ? x - w : x;"
                + " window.__texts.push({ canvas: this.canvas.id, text: String(text), from, to: from + w, y,"
                + " baseline: this.textBaseline, left: x - m.actualBoundingBoxLeft, right: x + m.actualBoundingBoxRight,"
                + " top: y - m.actualBoundingBoxAscent, bottom: y + m.actualBoundingBoxDescent,"
                + " px: parseFloat(/(\\d+(\\.\\d+)?)px/.exec(this.font)[1]) * this.canvas.clientWidth / this.canvas.width }); }"
                + " return fill.apply(this, arguments); };");
        page.navigate(app.base() + path);
        page.waitForFunction("() => document.getElementById('comparison').dataset.complete === 'true'"
                + " && [...document.querySelectorAll('#comparison canvas')].every(c => c.dataset.drawn === 'true')");
        JsonNode texts = new ObjectMapper().valueToTree(page.evaluate("() => window.__texts"));
        assertTrue(texts.size() > 0, "the boundaries drew their axes");
        return texts;
    }

    /**
     * The small boundaries' tick labels read at 10 px or more as shown on a phone (their canvases are drawn larger
     * than shown, so canvas text shrank to about 7 px), and none runs into the x₁ name ("4x₁").
     */
    @Test
    void onAPhoneTheSmallBoundariesTicksAreReadableAndApart() {
        JsonNode texts = boundaryTexts(browser.page(390, 844));
        double name = Double.NaN;
        for (JsonNode t : texts) {
            assertTrue(t.get("px").asDouble() >= 9.9, "a label shown at " + t.get("px").asDouble() + " px: " + t);
            if (t.get("text").asText().equals("x₁")) name = t.get("from").asDouble();
        }
        for (JsonNode t : texts) {
            boolean xTick = t.get("baseline").asText().equals("top") && !t.get("text").asText().startsWith("x");
            if (xTick) assertTrue(t.get("to").asDouble() < name, "an x tick runs into the name x₁: " + t);
        }
    }

    /**
     * No tick label is cut by its canvas's edge: on uploaded moons spanning −0.5 to 1 (the course's scale, not the
     * generators' ±5) the small boundaries' "-0.5" lost its minus sign, at every width, and the axis read 1, 0.5, 0,
     * 0.5.
     */
    @Test
    void theSmallBoundariesTickLabelsLieWithinTheirCanvases() {
        Dataset moons = DatasetKind.MOONS.generate(200, 0.2, 5);
        double[] x1 = moons.x1().clone(), x2 = moons.x2().clone();
        for (int i = 0; i < x1.length; i++) { x1[i] = 0.25 * x1[i] + 0.5; x2[i] = 0.25 * x2[i] + 0.25; }
        var uploaded = app.post("/api/datasets", "text/csv", PointsCsv.write(new Dataset(x1, x2, moons.label())));
        assertEquals(201, uploaded.status(), uploaded.body());
        String id = Html.matches(uploaded.body(), "\"id\":\"([0-9a-f]+)\"").get(0);
        for (int width : new int[] {1280, 390}) {
            Page page = browser.page(width, 900);
            JsonNode texts = boundaryTexts(page, "/compare?dataset=custom:" + id + "&iterations=300&vary=hidden:2,4");
            assertTrue(texts.findValuesAsText("text").contains("-0.5"), "a negative tick with a decimal: " + texts);
            for (JsonNode t : texts) assertTrue(t.get("left").asDouble() >= 0, "@" + width + ", cut by the canvas's edge: " + t);
            page.context().close();
        }
    }

    /**
     * On a phone the vertical axis's name x₂ is drawn clear of every tick label: the top tick "4" once overlapped
     * it, and the pair read "x₄". Glyph boxes, per boundary, must not intersect (the name x₁ is held to the same).
     */
    @Test
    void onAPhoneTheSmallBoundariesAxisNamesOverlapNoTickLabel() {
        JsonNode texts = boundaryTexts(browser.page(390, 844));
        int names = 0;
        for (JsonNode name : texts) {
            if (!name.get("text").asText().startsWith("x")) continue;
            names++;
            for (JsonNode tick : texts) {
                if (!tick.get("canvas").equals(name.get("canvas")) || tick.get("text").asText().startsWith("x")) continue;
                boolean apart = tick.get("right").asDouble() <= name.get("left").asDouble()
                        || name.get("right").asDouble() <= tick.get("left").asDouble()
                        || tick.get("bottom").asDouble() <= name.get("top").asDouble()
                        || name.get("bottom").asDouble() <= tick.get("top").asDouble();
                assertTrue(apart, "the tick label " + tick + " overlaps the axis name " + name);
            }
        }
        assertEquals(2 * 4, names, "each of the four boundaries names both axes");
    }

    /** The layout shifts a page's own PerformanceObserver records, summed: Chromium's measure of content moving. */
    static final String RECORD_SHIFTS = "window.__shifts = 0; new PerformanceObserver(list => list.getEntries()"
            + ".forEach(e => { if (!e.hadRecentInput) window.__shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });";

    /**
     * On a phone the results show first and nothing painted moves when the rest arrives: the form used to paint
     * at the top and then be pushed below the results (a layout shift of 0.4–0.6 on this comparison). The results
     * come first in the page; on a desktop the form stays on the left.
     */
    @Test
    void onAPhoneTheResultsShowFirstAndNothingShownMoves() {
        for (String path : List.of("/compare?iterations=2000&vary=hidden:1,2,4,8", "/?iterations=2000")) {
            Page page = browser.page(390, 844);
            page.addInitScript(RECORD_SHIFTS);
            page.navigate(app.base() + path);
            page.waitForFunction("() => [...document.querySelectorAll('.results canvas')].every(c => c.dataset.drawn === 'true')");
            double shifts = ((Number) page.evaluate("() => window.__shifts")).doubleValue();
            assertTrue(shifts < 0.1, path + ": the page moved by a layout shift of " + shifts);
            assertTrue(top(page, ".results") < top(page, ".side"), path + ": the results above the form");
            page.context().close();
            Page desktop = browser.page(1280, 900);
            desktop.navigate(app.base() + path);
            assertTrue(desktop.locator(".side").boundingBox().x < desktop.locator(".results").boundingBox().x,
                    path + ": on a desktop the form is on the left");
            assertEquals(top(desktop, ".side"), top(desktop, ".results"), 1, path + ": side by side");
            desktop.context().close();
        }
    }

    static double top(Page page, String selector) {
        return page.locator(selector).boundingBox().y;
    }
}
