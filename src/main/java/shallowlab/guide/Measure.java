package shallowlab.guide;

import java.util.Locale;
import java.util.function.Function;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Format;
import shallowlab.experiment.Run;
import shallowlab.nn.GradientCheck;
import shallowlab.nn.TrainingResult;

/** A number a guide reads off each of its runs, formatted for the page; {@link #key()} names it in the HTML. */
public enum Measure {
    START_COST("cost at iteration 0", r -> Format.fixed(r.result().cost()[0])),
    COST_AT_100("cost at iteration 100", r -> Format.fixed(recordedCost(r.result(), 100))),
    FINAL_COST("final cost", r -> Format.fixed(last(r.result().cost()))),
    ACCURACY("train accuracy", r -> Format.percent(last(r.result().trainAccuracy()))),
    DISTINCT_UNITS("distinct hidden units", r -> r.result().distinctUnits() + " of " + r.experiment().hidden().get(0)),
    DEAD_UNITS("dead hidden units", r -> Format.perLayer(r.result().deadUnits())),
    GRADIENT_RATIO("‖dW[1]‖ / ‖dW[L]‖ at iteration 0", r -> Format.scientific(gradientRatio(r.result()))),
    COST_RISES("cost rises (recorded steps)", r -> Integer.toString(costRises(r.result().cost()))),
    DIVERGED("diverged at", r -> r.result().diverged() == null ? "no" : "iteration " + r.result().diverged()),
    SATURATED_Z("share of |Z[1]| > 2 at the start", r -> Format.percent(DerivativePlot.saturatedShare(r))),
    GRADIENT_CHECK("gradient check at the start", r -> Format.scientific(gradientCheck(r)));

    private final String label;
    private final Function<Run, String> format;

    Measure(String label, Function<Run, String> format) {
        this.label = label;
        this.format = format;
    }

    public String label() { return label; }

    /** The name used in the page's HTML, e.g. {@code gradient-check}. */
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** This measure of {@code run}, as the page shows it. */
    public String of(Run run) { return format.apply(run); }

    /** The cost recorded at iteration t; a run that records no cost there is a guide built wrong. */
    static double recordedCost(TrainingResult r, int t) {
        int i = java.util.Arrays.binarySearch(r.iterations(), t);
        if (i < 0) throw new IllegalArgumentException("no cost is recorded at iteration " + t);
        return r.cost()[i];
    }

    /** ‖dW[1]‖_F / ‖dW[L]‖_F before the first update: how much of the output's gradient reaches the first layer. */
    static double gradientRatio(TrainingResult r) {
        double[][] norms = r.gradientNorms();
        return norms[0][0] / norms[norms.length - 1][0];
    }

    /**
     * A rise smaller than this share of the cost is rounding in the sum over the points (a flat cost wobbles by
     * 1e-16), not a step that overshot; a step that overshoots raises the cost by far more.
     */
    static final double ROUNDING = 1e-10;

    /** The number of records whose cost is above the previous record's by more than {@link #ROUNDING} of it. */
    static int costRises(double[] cost) {
        int rises = 0;
        for (int i = 1; i < cost.length; i++) if (cost[i] - cost[i - 1] > ROUNDING * Math.abs(cost[i - 1])) rises++;
        return rises;
    }

    /**
     * {@link GradientCheck} at the initial parameters, on the training data, of the cost as the course's notebook
     * computes it ({@link NotebookCost}): with tiny gradients the figure measures J's rounding, so this is the
     * figure a learner repeating the check in the notebook gets.
     */
    static double gradientCheck(Run run) {
        return gradientCheck(run, NotebookCost::of);
    }

    /** The same check of the cost {@code cost}. */
    static double gradientCheck(Run run, GradientCheck.Cost cost) {
        Experiment e = run.experiment();
        return GradientCheck.relativeDifference(run.result().initial(), e.activation(), e.leak(), run.split().train(), cost);
    }

    private static double last(double[] series) { return series[series.length - 1]; }
}
