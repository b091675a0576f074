package shallowlab.web.lab;

import java.util.ArrayList;
import java.util.List;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Format;
import shallowlab.experiment.Run;
import shallowlab.nn.Trainer;
import shallowlab.nn.TrainingResult;

/** A run's final numbers and links, formatted for the page; {@code table} is the no-script view of the curves. */
public record RunSummary(String finalCost, String trainAccuracy, String testAccuracy, int iterations, String trainingTime,
                  String distinctUnits, String deadUnits, String saturatedUnits, String saturation, boolean saturatedByLearning,
                  boolean saturatedFromStart, String largestInput,
                  Integer diverged, String divergedHow,
                  String recorded, String link,
                  String newInitSeedHref, String newDataSeedHref, String newDataLabel, String jsonHref, String csvHref, String dataHref,
                  String weightsHref, List<Row> table) {

    /** One recorded iteration. */
    record Row(int iteration, String cost, String trainAccuracy, String testAccuracy) {}

    /** Rows kept for the numbers table (evenly spaced over the records, the last included). */
    static final int TABLE_ROWS = 21;

    public static RunSummary of(Run run) {
        TrainingResult r = run.result();
        Experiment e = run.experiment();
        int last = r.iterations().length - 1;
        String query = e.toQuery();
        boolean fromStart = saturatedFromStart(r);
        return new RunSummary(Format.cost(r.cost()[last]), Format.percent(r.trainAccuracy()[last]),
                r.testAccuracy() == null ? null : Format.percent(r.testAccuracy()[last]), r.iterations()[last],
                Format.millis(r.trainingMillis()), distinctUnits(e, r),
                Format.perLayer(r.deadUnits()), Format.perLayer(r.saturatedUnits()), saturation(e, r), saturatedByLearning(r),
                fromStart, fromStart ? largeInput(run) : null, r.diverged(),
                divergedHow(r), recorded(r, e.iterations()), e.link(),
                e.init().drawsAtRandom() ? withNextSeed(e, "initSeed", e.initSeed()) : null, newData(e),
                e.dataset().isCustom() ? "New split" : "New data",
                ApiController.JSON_PATH + "?" + query, ApiController.CSV_PATH + "?" + query,
                ApiController.DATA_PATH + "?" + query, ApiController.WEIGHTS_PATH + "?" + query, table(r));
    }

    /**
     * What stopped a diverged run (null if it did not diverge), from its last snapshot, which the boundary and the
     * diagram show: at the iteration it diverged at, its weights were still finite and the cost was not (as in every
     * diverged run tried: a cost summed over the points overflows first); else, one before, the last finite weights.
     */
    static String divergedHow(TrainingResult r) {
        if (r.diverged() == null) return null;
        int[] at = r.snapshots().iterations();
        int last = at[at.length - 1];
        int[] recorded = r.iterations();
        int lastCost = recorded[recorded.length - 1];
        String charts = "; the charts and the numbers below end at " + lastCost + ", the last finite cost.";
        if (last == r.diverged()) {
            return "There the cost became too large for a number (above 1.8 × 10³⁰⁸) while the"
                    + " weights were still finite (the largest is " + Format.scientific(largestWeight(r)) + "): the"
                    + " boundary and the diagram show those weights, at " + last + (last == lastCost ? "." : charts);
        }
        return "After iteration " + last + " a weight or the cost stopped being a finite number: the boundary and the"
                + " diagram show the weights at " + last + ", the last finite ones" + (last == lastCost ? "." : charts);
    }

    /**
     * Which iterations the run recorded, which is what its curves, its table and "recorded steps" count: every one
     * below {@link Trainer#EARLY}, then every k-th and the last ({@link Trainer}); k is read from the records, so a
     * diverged run replayed with denser records ({@code Trainer.closeUpIfDiverged}) says its own.
     */
    static String recorded(TrainingResult r, int iterations) {
        int[] at = r.iterations();
        int last = at[at.length - 1];
        if (at.length == last + 1) return "Every iteration, 0 to " + last + ", is recorded: each is a point on the curves.";
        int k = at[Trainer.EARLY + 1] - at[Trainer.EARLY];
        String why = k == Trainer.every(iterations) ? " (" + k + " = ⌈" + iterations + " / " + Trainer.MAX_RECORDS + "⌉)"
                : r.diverged() != null && k == Trainer.every(r.diverged())
                ? " (" + k + " = ⌈" + r.diverged() + " / " + Trainer.MAX_RECORDS + "⌉, " + r.diverged() + " being where it diverged)"
                : "";
        return "Not every iteration is recorded: each one below " + Trainer.EARLY + ", then every " + ordinal(k) + why
                + " and the last, " + at.length + " records in all. Between two records, the shaded band is the range"
                + " the cost took.";
    }

    /** 2nd, 3rd, 20th, 21st. */
    static String ordinal(int k) {
        int tens = k % 100, units = k % 10;
        String suffix = tens >= 11 && tens <= 13 ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th";
        return k + suffix;
    }

    /** The largest |w| of the run's last snapshot. */
    private static double largestWeight(TrainingResult r) {
        var p = r.snapshots().parameters()[r.snapshots().parameters().length - 1];
        double largest = 0;
        for (double[][] w : p.W()) for (double[] row : w) for (double v : row) largest = Math.max(largest, Math.abs(v));
        return largest;
    }

    /** "4 of 4"; a deep net's count is of its first layer, and says so. */
    private static String distinctUnits(Experiment e, TrainingResult r) {
        return r.distinctUnits() + " of " + e.hidden().get(0) + (e.hidden().size() > 1 ? " in the first layer" : "");
    }

    /**
     * Whether a hidden layer came to have over half its (unit, point) pairs saturated by training, having started
     * with at most half: a share that may alarm, and is no fault (the course's run: 0 % → 92 %).
     */
    static boolean saturatedByLearning(TrainingResult r) {
        if (r.saturation() == null) return false;
        for (double[] share : r.saturation()) {
            if (share.length > 0 && share[0] <= 0.5 && share[share.length - 1] > 0.5) return true;
        }
        return false;
    }

    /** Whether a hidden layer starts with over half its pairs saturated (large weights or inputs): it can slow learning. */
    static boolean saturatedFromStart(TrainingResult r) {
        if (r.saturation() == null) return false;
        for (double[] share : r.saturation()) if (share.length > 0 && share[0] > 0.5) return true;
        return false;
    }

    /**
     * Inputs beyond this |x| make z = w·x + b large with any usual weights; the built-in datasets stay within it
     * (within 5 at the default noise, 9.8 at noise 1: gaussians, 2000 points, seeds 1 to 5).
     */
    static final double LARGE_INPUT = 10;

    /** The largest |x1|, |x2| of the run's points, written as the page shows it, if above {@link #LARGE_INPUT}; else null. */
    static String largeInput(Run run) {
        double largest = 0;
        for (var d : List.of(run.split().train(), run.split().test())) {
            for (double v : d.x1()) largest = Math.max(largest, Math.abs(v));
            for (double v : d.x2()) largest = Math.max(largest, Math.abs(v));
        }
        return largest > LARGE_INPUT ? Format.plain(largest) : null;
    }

    /**
     * The share of (unit, point) pairs with g′ below a tenth of its maximum, first and last record, per hidden layer:
     * "92 % → 3 %", or "layer 1: 0 % → 60 % · layer 2: 0 % → 55 %" for several; for activations that don't
     * saturate, says so.
     */
    static String saturation(Experiment e, TrainingResult r) {
        if (e.activation().saturatedBelow() == 0) return "none: " + e.activation().key() + " doesn't saturate";
        double[][] shares = r.saturation();
        List<String> layers = new ArrayList<>();
        for (double[] share : shares) {
            String startToEnd = Format.wholePercent(share[0]) + " → " + Format.wholePercent(share[share.length - 1]);
            layers.add(shares.length == 1 ? startToEnd : "layer " + (layers.size() + 1) + ": " + startToEnd);
        }
        return String.join(" · ", layers);
    }

    private static List<Row> table(TrainingResult r) {
        int n = r.iterations().length;
        List<Row> rows = new ArrayList<>();
        int step = Math.max(1, (n - 1 + TABLE_ROWS - 2) / (TABLE_ROWS - 1));
        for (int i = 0; i < n; i += step) rows.add(row(r, i));
        if ((n - 1) % step != 0) rows.add(row(r, n - 1));
        return rows;
    }

    private static Row row(TrainingResult r, int i) {
        return new Row(r.iterations()[i], Format.cost(r.cost()[i]), Format.percent(r.trainAccuracy()[i]),
                r.testAccuracy() == null ? null : Format.percent(r.testAccuracy()[i]));
    }

    /**
     * "New data" ("New split" on uploaded points): the next data seed, which draws new points for a generator and a
     * new split of uploaded points;
     * null (no link) for uploaded points with nothing held out, where the seed changes nothing.
     */
    private static String newData(Experiment e) {
        if (e.dataset().isCustom() && e.testFraction() == 0) return null;
        return withNextSeed(e, "dataSeed", e.dataSeed());
    }

    /**
     * The same experiment with another seed, drawn from the current one by SplitMix64's mixing function (so
     * pressing again gives yet another). The page of an experiment is then always the same, and can be cached.
     */
    static String withNextSeed(Experiment e, String key, long current) {
        long z = current + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        long next = (z ^ (z >>> 31)) & 0xFFFFFFFFL;
        return e.with(key, Long.toString(next)).orElseThrow().link();
    }
}
