package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.nn.Activation;
import shallowlab.nn.Network;
import shallowlab.nn.Parameters;

/** The lab's "Inside the network": the timeline, the diagram's unit maps, the enlarged map and the hidden space. */
class InsideTheNetworkE2ETest extends BrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Page open(String query, int width) {
        Page page = browser.page(width, 900);
        List<String> problems = LabPageE2ETest.problems(page);
        page.navigate(app.base() + "/?" + query);
        page.waitForFunction("() => document.getElementById('hidden-space').dataset.drawn === 'true'");
        assertTrue(problems.isEmpty(), problems.toString());
        return page;
    }

    static String boundaryPixels(Page page) {
        return (String) page.evaluate("() => document.getElementById('boundary').toDataURL()");
    }

    @Test
    void theSliderMovedByKeyboardMovesTheCursorTheBoundaryAndTheNumbersTogether() throws Exception {
        Page page = open("iterations=2000", 1280);
        JsonNode run = JSON.readTree(app.get("/api/experiment?iterations=2000").body());
        String last = boundaryPixels(page);
        page.focus("#timeline");
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        int t = run.get("snapshots").get("iterations").get(2).asInt();
        assertEquals(String.valueOf(t), page.getAttribute("#timeline-numbers", "data-iteration"));
        assertEquals(String.valueOf(t), page.getAttribute("#cost-chart", "data-cursor"), "the cost chart's cursor");
        assertEquals(String.valueOf(t), page.getAttribute("#accuracy-chart", "data-cursor"));
        int record = indexOf(run.get("iterations"), t);
        double cost = run.get("cost").get(record).asDouble();   // the page's series keep 9 significant digits
        assertEquals(cost, Double.parseDouble(page.getAttribute("#timeline-numbers", "data-cost")), 5e-9 * cost,
                "the series' cost at t");
        assertTrue(page.textContent("#timeline-numbers").contains(String.format(java.util.Locale.ROOT, "%.6f",
                run.get("cost").get(record).asDouble())));
        assertNotEquals(last, boundaryPixels(page), "the boundary is redrawn at iteration " + t);
        assertTrue(page.url().endsWith("#t=" + t), "the link keeps the snapshot in its fragment: " + page.url());
        Browser.screenshot(page, "inside-desktop");
    }

    @Test
    void aLinkWithAFragmentOpensAtThatSnapshotAndPlayAdvances() {
        Page page = open("iterations=2000#t=0", 1280);
        assertEquals("0", page.getAttribute("#timeline-numbers", "data-iteration"));
        page.click("#timeline-play");
        page.waitForFunction("() => Number(document.getElementById('timeline').value) >= 3");
        page.click("#timeline-play");
        assertEquals("Play", page.textContent("#timeline-play").trim(), "paused");
    }

    @Test
    void theUnitMapsAreTheHiddenActivationsOfTheSnapshotOnTheGrid() throws Exception {
        Page page = open("iterations=300&hidden=3,2&activation=relu&init=he", 1280);
        JsonNode run = JSON.readTree(app.get("/api/experiment?iterations=300&hidden=3,2&activation=relu&init=he").body());
        JsonNode snaps = run.get("snapshots");
        int i = snaps.get("iterations").size() / 2;
        Parameters p = parameters(snaps.get("parameters").get(i));
        double[][] grid = grid(run.get("boundary"));
        double[][][] expected = Network.forward(p, Activation.RELU, 0.01, grid[0], grid[1]).activations();
        @SuppressWarnings("unchecked")
        List<List<Number>> hidden = (List<List<Number>>) page.evaluate("i => { const r = JSON.parse(document.getElementById('page-data').textContent).run;"
                + " const g = ShallowLab.gridPoints(r.boundary); const a = ShallowLab.forward(r.snapshots.parameters[i], 'relu', 0.01, g.xs, g.ys);"
                + " return [Array.from(a[1][0]), Array.from(a[1][2]), Array.from(a[2][1])]; }", i);
        assertClose(expected[1][0], hidden.get(0));
        assertClose(expected[1][2], hidden.get(1));
        assertClose(expected[2][1], hidden.get(2));
    }

    @Test
    void zeroInitShowsClonesAndHoveringAUnitEnlargesItsMap() {
        Page page = open("iterations=200&init=zeros", 1280);
        String signs = page.textContent("#net");
        assertTrue(signs.contains("same as unit 1"), signs);
        page.hover(".unit[data-layer='1'][data-unit='2']");
        assertEquals("1-2", page.getAttribute("#unit-large", "data-unit"));
        assertTrue(page.textContent("#unit-info").contains("hidden layer 1, unit 3"));
        Browser.screenshot(page, "inside-zero-init");
        section(page, "inside-zero-init-section");
        Page phone = open("iterations=200&init=zeros", 390);
        Browser.screenshot(phone, "inside-phone");
        section(phone, "inside-phone-section");
    }

    @Test
    void aDeadReluUnitIsMarkedDeadAndItsMapIsFlat() {
        Page page = open("dataset=circles&learningRate=5&iterations=1000&activation=relu", 1280);
        assertTrue(page.textContent("#net").contains("dead"), page.textContent("#net"));
        Object flat = page.evaluate("() => { const r = JSON.parse(document.getElementById('page-data').textContent).run;"
                + " const s = r.snapshots, p = s.parameters[s.parameters.length - 1]; const g = ShallowLab.gridPoints(r.boundary);"
                + " const t = r.data.train; const pts = ShallowLab.forward(p, 'relu', 0.01, t.x1, t.x2);"
                + " const grid = ShallowLab.forward(p, 'relu', 0.01, g.xs, g.ys);"
                + " const dead = pts[1].findIndex(a => a.every(v => v === 0)); if (dead < 0) return -1;"
                + " return grid[1][dead].filter(v => v === 0).length / grid[1][dead].length; }");
        assertTrue(((Number) flat).doubleValue() >= 0.9, "a unit dead on every point is 0 over the plane: " + flat);
    }

    /** A screenshot of the "Inside the network" section alone. */
    static void section(Page page, String name) {
        page.locator("#inside").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve(name + ".png")));
    }

    static int indexOf(JsonNode array, int value) {
        for (int i = 0; i < array.size(); i++) if (array.get(i).asInt() == value) return i;
        throw new AssertionError(value + " not recorded");
    }

    static void assertClose(double[] expected, List<Number> actual) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i).doubleValue(), 1e-9 * Math.max(1, Math.abs(expected[i])), "grid point " + i);
        }
    }

    static Parameters parameters(JsonNode layers) throws Exception {
        double[][][] w = JSON.treeToValue(layers.get("W"), double[][][].class);
        double[][] b = JSON.treeToValue(layers.get("b"), double[][].class);
        return new Parameters(w, b);
    }

    /** The boundary's grid as the server builds it: point r·size + c = (xMin + c·Δx, yMin + r·Δy). */
    static double[][] grid(JsonNode b) {
        int n = b.get("size").asInt();
        double x0 = b.get("xMin").asDouble(), x1 = b.get("xMax").asDouble(), y0 = b.get("yMin").asDouble(), y1 = b.get("yMax").asDouble();
        double[] xs = new double[n * n], ys = new double[n * n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) {
            xs[r * n + c] = x0 + c * (x1 - x0) / (n - 1);
            ys[r * n + c] = y0 + r * (y1 - y0) / (n - 1);
        }
        return new double[][] {xs, ys};
    }
}
