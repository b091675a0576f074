package shallowlab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Run;
import shallowlab.nn.TrainingResult;

/** A run's final numbers and links, formatted for the page; {@code table} is the no-script view of the curves. */
record RunSummary(String finalCost, String trainAccuracy, String testAccuracy, int iterations, String trainingTime,
                  String distinctUnits, String deadUnits, String saturatedUnits, Integer diverged, String link,
                  String newInitSeedHref, String newDataSeedHref, String jsonHref, String csvHref, String dataHref,
                  String weightsHref, List<Row> table) {

    /** One recorded iteration. */
    record Row(int iteration, String cost, String trainAccuracy, String testAccuracy) {}

    /** Rows kept for the numbers table (evenly spaced over the records, the last included). */
    static final int TABLE_ROWS = 21;

    static RunSummary of(Run run) {
        TrainingResult r = run.result();
        Experiment e = run.experiment();
        int last = r.iterations().length - 1;
        String query = e.toQuery();
        return new RunSummary(cost(r.cost()[last]), percent(r.trainAccuracy()[last]),
                r.testAccuracy() == null ? null : percent(r.testAccuracy()[last]), r.iterations()[last],
                millis(r.trainingMillis()), r.distinctUnits() + " of " + e.hidden().get(0),
                perLayer(r.deadUnits()), perLayer(r.saturatedUnits()), r.diverged(), e.link(),
                withNextSeed(e, "initSeed", e.initSeed()), withNextSeed(e, "dataSeed", e.dataSeed()),
                ApiController.JSON_PATH + "?" + query, ApiController.CSV_PATH + "?" + query,
                ApiController.DATA_PATH + "?" + query, ApiController.WEIGHTS_PATH + "?" + query, table(r));
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
        return new Row(r.iterations()[i], cost(r.cost()[i]), percent(r.trainAccuracy()[i]),
                r.testAccuracy() == null ? null : percent(r.testAccuracy()[i]));
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

    /** Six decimals, like the notebook's prints; a cost blown up by divergence in scientific notation. */
    static String cost(double c) {
        return String.format(Locale.ROOT, Math.abs(c) < 1e5 ? "%.6f" : "%.4e", c);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * fraction).replace(".00 %", " %");
    }

    static String millis(double ms) {
        return ms < 1000 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    /** "25 %" for one hidden layer; "25 % · 0 %" for several, first layer first. */
    static String perLayer(double[] fractions) {
        List<String> parts = new ArrayList<>();
        for (double f : fractions) parts.add(String.format(Locale.ROOT, "%.0f %%", 100 * f));
        return String.join(" · ", parts);
    }
}
