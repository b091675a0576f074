package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The outcome of each guide as assertions on its runs' JSON (/api/experiment), trials in the guide's order. */
public final class GuideOutcomes {
    static final double LOG_2 = Math.log(2);

    private GuideOutcomes() {}

    static void tanhLearnsFasterThanSigmoid(List<JsonNode> runs) {
        JsonNode sigmoid = runs.get(0), tanh = runs.get(1);
        assertTrue(costAt(tanh, 200) < costAt(sigmoid, 200), "tanh ahead at iteration 200");
        assertTrue(finalCost(tanh) < finalCost(sigmoid) - 0.2, finalCost(tanh) + " vs " + finalCost(sigmoid));
        assertTrue(finalAccuracy(tanh) > finalAccuracy(sigmoid) + 0.2);
    }

    static void linearHiddenLayerIsLogisticRegression(List<JsonNode> runs) {
        assertTrue(finalAccuracy(runs.get(0)) < 0.6, "linear, 4 units: " + finalAccuracy(runs.get(0)));
        assertTrue(finalAccuracy(runs.get(1)) < 0.6, "linear, 20 units: " + finalAccuracy(runs.get(1)));
        assertEquals(finalCost(runs.get(0)), finalCost(runs.get(1)), 1e-4, "more linear units change nothing");
        assertTrue(finalAccuracy(runs.get(2)) > 0.85, "tanh: " + finalAccuracy(runs.get(2)));
    }

    static void largeInitialWeightsSaturateTanh(List<JsonNode> runs) {
        double[] small = initialZ1(runs.get(0)), large = initialZ1(runs.get(1));
        assertTrue(maxAbs(small) < 0.2, "randn·0.01: max |z| = " + maxAbs(small));
        assertTrue(shareAbove(large, 2) > 0.8, "randn·10: share |z| > 2 = " + shareAbove(large, 2));
        // "every unit starts saturated on most points"
        int points = large.length / hiddenSize(runs.get(1));
        for (int j = 0; j < hiddenSize(runs.get(1)); j++) {
            double[] unit = java.util.Arrays.copyOfRange(large, j * points, (j + 1) * points);
            assertTrue(shareAbove(unit, 2) > 0.5, "unit " + (j + 1) + " saturated on " + shareAbove(unit, 2));
        }
        // The page says the lab's saturated share at the start (g′ < 0.1: |z| > 1.818) reads at least as high.
        for (JsonNode run : runs) {
            double lab = run.get("saturation").get(0).get(0).asDouble(), page = shareAbove(initialZ1(run), 2);
            assertTrue(lab >= page, "the lab's saturated share " + lab + " below |z| > 2's " + page);
        }
        // The page says, of the flower: the saturated run's cost comes down within 100 steps (below the small start's
        // there), ends a little lower, and most of its pairs stay saturated throughout.
        JsonNode smallRun = runs.get(0), largeRun = runs.get(1);
        assertTrue(costAt(largeRun, 100) < costAt(smallRun, 100), "the saturated run is ahead at 100");
        assertTrue(finalCost(largeRun) < finalCost(smallRun), "the saturated run ends lower");
        // "…it need not: randn·10's first-layer gradient at the start is 0.47 against randn·0.01's 0.0054"
        String page = readTemplate("guides/activation-derivatives.html").replace("&nbsp;", "\u00a0");
        assertQuotesNumber(page, "large-first-gradient", largeRun.get("gradientNorms").get(0).get(0).asDouble());
        assertQuotesNumber(page, "small-first-gradient", smallRun.get("gradientNorms").get(0).get(0).asDouble());
        for (JsonNode share : largeRun.get("saturation").get(0))
            assertTrue(share.asDouble() > 0.5, "the saturated run's share fell to " + share.asDouble());
        // "the course's own run starts at 0 % and ends at 92 % saturated": its saturated share, first and last record.
        JsonNode course = GuideOutcomesTest.run(shallowlab.experiment.Experiment.DEFAULTS).get("saturation").get(0);
        assertQuotes(page, "course-saturation-start", course.get(0).asDouble());
        assertQuotes(page, "course-saturation-end", course.get(course.size() - 1).asDouble());
    }

    static void sigmoidGradientsVanishReluGradientsDoNot(List<JsonNode> runs) {
        JsonNode sigmoid = runs.get(0), relu = runs.get(1);
        assertTrue(gradientRatio(sigmoid) < 1e-2, "sigmoid ratio " + gradientRatio(sigmoid));
        assertTrue(gradientRatio(relu) > 1e-1, "relu ratio " + gradientRatio(relu));
        assertTrue(finalCost(sigmoid) > 0.69, "sigmoid barely learns: " + finalCost(sigmoid));
        assertTrue(finalAccuracy(relu) > 0.85, "relu learns: " + finalAccuracy(relu));
    }

    static void reluUnitsDieLeakyUnitsLive(List<JsonNode> runs) {
        JsonNode relu = runs.get(0), leaky = runs.get(1);
        assertTrue(relu.get("deadUnits").get(0).asDouble() > 0, "some ReLU units die");
        assertTrue(finalAccuracy(relu) < 0.8, "ReLU stalls: " + finalAccuracy(relu));
        // "reaches … then overshoots … and never recovers": the highest accuracy comes before the highest cost,
        // and nothing after the jump comes within 10 points of it
        JsonNode accuracy = relu.get("trainAccuracy"), cost = relu.get("cost");
        int peak = highest(accuracy), jump = highest(cost);
        assertTrue(peak < jump, "the peak (record " + peak + ") comes before the jump (record " + jump + ")");
        for (int i = jump; i < accuracy.size(); i++) {
            assertTrue(accuracy.get(i).asDouble() < accuracy.get(peak).asDouble() - 0.1, "recovered at record " + i);
        }
        // "leaky ReLU overshoots at the same step … but keeps every unit alive, recovers and gets every point right"
        JsonNode leakyCost = leaky.get("cost");
        int leakyJump = highest(leakyCost);
        assertEquals(jump, leakyJump, "leaky's highest cost at the same record as ReLU's");
        assertTrue(leakyCost.get(leakyJump).asDouble() > 1.5 * leakyCost.get(leakyJump - 1).asDouble(), "a jump, not a rise");
        assertEquals(0.0, leaky.get("deadUnits").get(0).asDouble(), "no leaky unit dies");
        assertEquals(1.0, finalAccuracy(leaky), "leaky gets every point right");
    }

    static void zeroInitNeverMoves(List<JsonNode> runs) {
        assertEquals(2, runs.size(), "tanh and sigmoid");
        for (JsonNode zero : runs) {
            for (JsonNode c : zero.get("cost")) assertEquals(LOG_2, c.asDouble(), 1e-6);
            assertEquals(1, zero.get("distinctUnits").asInt());
            assertEquals(0.5, finalAccuracy(zero), 1e-12);
        }
    }

    static void constantInitLearnsAsClones(List<JsonNode> runs) {
        JsonNode constant = runs.get(0), random = runs.get(1);
        assertTrue(finalCost(constant) < cost(constant, 0) - 0.01, "the constant run's cost falls");
        assertEquals(1, constant.get("distinctUnits").asInt());
        assertEquals(hiddenSize(random), random.get("distinctUnits").asInt());
        assertEquals(1, classChangesAlong(constant, firstUnitRow(constant)), "the clones' boundary is one straight line");
        assertTrue(classChangesAlong(random, firstUnitRow(random)) > 1, "a line across the random run's boundary"
                + " meets more than one class change, so the check above can fail");
        // "as the line turns, the accuracy swings from 33 % up to 68 % and back, ending at 50.25 %"
        String page = readTemplate("guides/constant-init.html").replace("&nbsp;", "\u00a0");
        JsonNode accuracy = constant.get("trainAccuracy");
        double least = 1, most = 0;
        for (JsonNode a : accuracy) { least = Math.min(least, a.asDouble()); most = Math.max(most, a.asDouble()); }
        assertQuotes(page, "clone-accuracy-least", least);
        assertQuotes(page, "clone-accuracy-most", most);
        assertReads(page, "clone-accuracy-end", percent(finalAccuracy(constant)));
    }

    /** Row 0 of the final W[1]: the first hidden unit's weights on x1 and x2. */
    static double[] firstUnitRow(JsonNode run) {
        JsonNode row = run.get("parameters").get("final").get("W").get(0).get(0);
        return new double[] {row.get(0).asDouble(), row.get(1).asDouble()};
    }

    /**
     * How often the predicted class changes along the boundary grid's points taken in order of w·x: once when the
     * classes are the two sides of a line perpendicular to w (every x with w·x below a threshold on one side), more
     * when the boundary bends.
     */
    static int classChangesAlong(JsonNode run, double[] w) {
        JsonNode b = run.get("boundary");
        int size = b.get("size").asInt();
        double x0 = b.get("xMin").asDouble(), dx = (b.get("xMax").asDouble() - x0) / (size - 1);
        double y0 = b.get("yMin").asDouble(), dy = (b.get("yMax").asDouble() - y0) / (size - 1);
        Integer[] order = new Integer[size * size];
        double[] along = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            along[i] = w[0] * (x0 + (i % size) * dx) + w[1] * (y0 + (i / size) * dy);
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> along[i]));
        int changes = 0;
        for (int k = 1; k < order.length; k++) {
            boolean before = b.get("values").get(order[k - 1]).asDouble() > 0.5, here = b.get("values").get(order[k]).asDouble() > 0.5;
            if (before != here) changes++;
        }
        return changes;
    }

    static void largeInitialScaleStartsHighAndLearnsLess(List<JsonNode> runs) {
        JsonNode small = runs.get(0), large = runs.get(1);
        assertEquals(LOG_2, cost(small, 0), 0.01);
        assertTrue(cost(large, 0) > 1, "randn·10 starts at " + cost(large, 0));
        assertTrue(finalCost(large) > finalCost(small) + 0.1, finalCost(large) + " vs " + finalCost(small));
        assertTrue(finalAccuracy(large) < finalAccuracy(small));
        // The page quotes the lab's saturated share (g′ below a tenth of its maximum): randn·10's at the start,
        // randn·0.01's at the start and at the end, and says it reads higher than the table's |z| > 2.
        String page = readTemplate("guides/initial-scale.html").replace("&nbsp;", "\u00a0");
        JsonNode largeShare = large.get("saturation").get(0), smallShare = small.get("saturation").get(0);
        assertTrue(largeShare.get(0).asDouble() > shareAbove(initialZ1(large), 2), "reads higher than |z| > 2");
        assertQuotes(page, "large-saturation-start", largeShare.get(0).asDouble());
        assertQuotes(page, "small-saturation-start", smallShare.get(0).asDouble());
        assertQuotes(page, "small-saturation-end", smallShare.get(smallShare.size() - 1).asDouble());
    }

    /** The page's element {@code id} holds {@code value} to the significant digits it shows ("0.47"). */
    static void assertQuotesNumber(String page, String id, double value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\">([0-9.]+)<").matcher(page);
        assertTrue(m.find(), "the page has " + id);
        java.math.BigDecimal shown = new java.math.BigDecimal(m.group(1));
        assertEquals(shown.doubleValue(), new java.math.BigDecimal(value).round(new java.math.MathContext(shown.precision()))
                .doubleValue(), 0, id + " quotes " + shown + " for " + value);
    }

    /** The page's element {@code id} holds {@code fraction} as the lab writes a share: "66 %". */
    static void assertQuotes(String page, String id, double fraction) {
        assertReads(page, id, shallowlab.experiment.Format.wholePercent(fraction));
    }

    /** The page's element {@code id} (its {@code &nbsp;} read as U+00A0) holds exactly {@code text}. */
    static void assertReads(String page, String id, String text) {
        assertTrue(page.contains("id=\"" + id + "\">" + text + "<"), id + " should read " + text);
    }

    /** A share as the lab's numbers write it ("83.75 %"), its space a no-break one as the pages write it. */
    static String percent(double fraction) { return shallowlab.experiment.Format.percent(fraction).replace(' ', '\u00a0'); }

    /** The index of the first greatest value of a recorded series. */
    static int highest(JsonNode series) {
        int best = 0;
        for (int i = 1; i < series.size(); i++) if (series.get(i).asDouble() > series.get(best).asDouble()) best = i;
        return best;
    }

    static void smallAlphaCrawlsLargeAlphaOvershoots(List<JsonNode> runs) {
        JsonNode crawl = runs.get(0), good = runs.get(1), large = runs.get(2);
        assertTrue(finalCost(crawl) > 0.65, "α = 0.01 barely moves: " + finalCost(crawl));
        assertEquals(0, rises(good), "α = 1: the cost falls at every recorded step");
        assertTrue(rises(large) > 50, "α = 10 overshoots: " + rises(large));
        double[] late = costRangeFrom(large, 1500);   // "over its last 500 steps its cost still swings …"
        assertTrue(late[0] < 0.25 && late[1] > 1.1, "α = 10 from 1500: " + late[0] + " to " + late[1]);
        assertEquals(0, risesFrom(good, 1500), "… where α = 1's keeps falling");
        for (JsonNode run : runs) assertTrue(run.get("diverged").isNull(), "tanh never overflows");
    }

    static void reluLearnsFasterOnTheCirclesAndLosesOnTheSmallFlower(List<JsonNode> runs) {
        JsonNode tanh = runs.get(0), relu = runs.get(1), reluFlower = runs.get(2);
        assertTrue(finalCost(relu) < finalCost(tanh) / 5, finalCost(relu) + " vs " + finalCost(tanh));
        assertEquals(0.0, reluFlower.get("deadUnits").get(0).asDouble(), "no ReLU unit dies on the flower");
        JsonNode course = GuideOutcomesTest.run(shallowlab.experiment.Experiment.DEFAULTS);
        assertTrue(finalAccuracy(reluFlower) < finalAccuracy(course) - 0.15, "far behind the course's tanh run");
        // The page and the outcome quote the course run's accuracy.
        String quoted = shallowlab.experiment.Format.percent(finalAccuracy(course));
        assertTrue(readTemplate("guides/relu-learns-faster.html").replace("&nbsp;", " ")
                .contains("id=\"course-accuracy\">" + quoted + "<"), "the page quotes " + quoted);
        assertTrue(shallowlab.guide.Guides.bySlug("relu-learns-faster").orElseThrow().outcome()
                .contains("(" + quoted + ")"), "the outcome quotes " + quoted);
        // "more hidden units (4, 8 and 20 side by side): 8 get 83.75 % against 4's 69.50 %, but not steadily:
        // 20 get 75 %, and none of them reaches the tanh run's 90.50 %"
        String page = readTemplate("guides/relu-learns-faster.html").replace("&amp;", "&").replace("&nbsp;", "\u00a0");
        shallowlab.experiment.Experiment flower = Guides.bySlug("relu-learns-faster").orElseThrow().trials().get(2).experiment();
        String link = shallowlab.experiment.Sweep.parse(flower, "hidden:4,8,20").sweep().link();
        assertTrue(page.contains("id=\"relu-hidden-sizes\" href=\"" + link + "\""), "the page links " + link);
        JsonNode sizes = GuideOutcomesTest.compare(link).get("runs");
        double four = finalAccuracy(sizes.get(0).get("run")), eight = finalAccuracy(sizes.get(1).get("run")),
                twenty = finalAccuracy(sizes.get(2).get("run"));
        assertEquals(finalAccuracy(reluFlower), four, "the 4-unit run is the guide's");
        assertTrue(eight > four + 0.1 && twenty < eight, four + ", " + eight + ", " + twenty);
        assertTrue(Math.max(eight, twenty) < finalAccuracy(course), "none reaches tanh's");
        assertReads(page, "relu-8-accuracy", percent(eight));
        assertReads(page, "relu-20-accuracy", percent(twenty));
    }

    static void gradientDescentLowersTheCostAtEveryStep(List<JsonNode> runs) {
        for (JsonNode run : runs) {
            assertEquals(0, rises(run));
            assertTrue(finalCost(run) < 0.3, "final cost " + finalCost(run));
        }
    }

    static String readTemplate(String path) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("templates", path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static double cost(JsonNode run, int record) { return run.get("cost").get(record).asDouble(); }

    static double finalCost(JsonNode run) { return run.get("final").get("cost").asDouble(); }

    static double finalAccuracy(JsonNode run) { return run.get("final").get("trainAccuracy").asDouble(); }

    static int finalIterations(JsonNode run) { return run.get("final").get("iterations").asInt(); }

    static int hiddenSize(JsonNode run) { return run.get("config").get("hidden").get(0).asInt(); }

    /** The cost recorded after {@code iteration} updates; fails if that iteration was not recorded. */
    public static double costAt(JsonNode run, int iteration) { return cost(run, recordOf(run, iteration)); }

    /** The train accuracy recorded after {@code iteration} updates; fails if that iteration was not recorded. */
    public static double accuracyAt(JsonNode run, int iteration) {
        return run.get("trainAccuracy").get(recordOf(run, iteration)).asDouble();
    }

    /** The index of the record of {@code iteration}; fails if that iteration was not recorded. */
    private static int recordOf(JsonNode run, int iteration) {
        JsonNode its = run.get("iterations");
        for (int r = 0; r < its.size(); r++) if (its.get(r).asInt() == iteration) return r;
        throw new AssertionError("iteration " + iteration + " not recorded");
    }

    /** Records whose cost is above the previous record's. */
    public static int rises(JsonNode run) { return risesFrom(run, 0); }

    /** Records at or after iteration {@code from} whose cost is above the previous record's. */
    public static int risesFrom(JsonNode run, int from) {
        JsonNode c = run.get("cost"), its = run.get("iterations");
        int rises = 0;
        for (int r = 1; r < c.size(); r++) {
            if (its.get(r).asInt() >= from && c.get(r).asDouble() > c.get(r - 1).asDouble()) rises++;
        }
        return rises;
    }

    /** The least and greatest cost recorded at or after iteration {@code from}. */
    public static double[] costRangeFrom(JsonNode run, int from) {
        double least = Double.POSITIVE_INFINITY, greatest = Double.NEGATIVE_INFINITY;
        JsonNode its = run.get("iterations");
        for (int r = 0; r < its.size(); r++) {
            if (its.get(r).asInt() < from) continue;
            least = Math.min(least, cost(run, r));
            greatest = Math.max(greatest, cost(run, r));
        }
        return new double[] {least, greatest};
    }

    /** ‖dW[1]‖ / ‖dW[L]‖ at iteration 0. */
    static double gradientRatio(JsonNode run) {
        JsonNode norms = run.get("gradientNorms");
        return norms.get(0).get(0).asDouble() / norms.get(norms.size() - 1).get(0).asDouble();
    }

    /** Z[1] = W[1]·X + b[1] at the initial parameters over the training points, all units, flattened. */
    static double[] initialZ1(JsonNode run) {
        JsonNode w = run.get("parameters").get("initial").get("W").get(0);
        JsonNode b = run.get("parameters").get("initial").get("b").get(0);
        JsonNode x1 = run.get("data").get("train").get("x1"), x2 = run.get("data").get("train").get("x2");
        double[] z = new double[w.size() * x1.size()];
        for (int j = 0; j < w.size(); j++) {
            for (int i = 0; i < x1.size(); i++) {
                z[j * x1.size() + i] = w.get(j).get(0).asDouble() * x1.get(i).asDouble()
                        + w.get(j).get(1).asDouble() * x2.get(i).asDouble() + b.get(j).asDouble();
            }
        }
        return z;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) m = Math.max(m, Math.abs(x));
        return m;
    }

    static double shareAbove(double[] v, double bound) {
        int n = 0;
        for (double x : v) if (Math.abs(x) > bound) n++;
        return (double) n / v.length;
    }
}
