package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.Run;

/**
 * Every figure a guide's outcome sentence quotes is the number measured on the run it speaks of, to the digits it
 * shows ("0.288" is the cost 0.288083 to three significant digits; "about 4000" one). A number in the sentence that
 * is neither such a figure nor one of the guide's own settings fails the test, so a new claim can't slip in untied.
 */
class GuideQuotedFiguresTest {
    /**
     * One quoted figure: its text in the sentence, the trial it speaks of, and what is measured on that run;
     * {@code bound}: the sentence states an upper bound ("within ±0.2"), not the value.
     */
    record Figure(String slug, String text, int trial, ToDoubleFunction<Run> measured, boolean bound) {
        Figure(String slug, String text, int trial, ToDoubleFunction<Run> measured) {
            this(slug, text, trial, measured, false);
        }
    }

    static double last(double[] v) { return v[v.length - 1]; }
    static final ToDoubleFunction<Run> START = r -> r.result().cost()[0];
    static final ToDoubleFunction<Run> FINAL = r -> last(r.result().cost());
    static final ToDoubleFunction<Run> ACCURACY = r -> 100 * last(r.result().trainAccuracy());
    static final ToDoubleFunction<Run> DEAD = r -> 100 * r.result().deadUnits()[0];
    static final ToDoubleFunction<Run> DISTINCT = r -> r.result().distinctUnits();
    static final ToDoubleFunction<Run> RATIO = r -> Measure.gradientRatio(r.result());
    static final ToDoubleFunction<Run> RISES = r -> Measure.costRises(r.result().cost());
    static final ToDoubleFunction<Run> CHECK = Measure::gradientCheck;
    static final ToDoubleFunction<Run> SATURATED = r -> 100 * DerivativePlot.saturatedShare(r);
    /** The least and the greatest cost recorded over the last 500 of the run's iterations. */
    static final ToDoubleFunction<Run> LEAST_LATE = r -> lateCosts(r).min().orElseThrow();
    static final ToDoubleFunction<Run> GREATEST_LATE = r -> lateCosts(r).max().orElseThrow();
    /** The highest train accuracy recorded (in %), and the iteration of its first record. */
    static final ToDoubleFunction<Run> PEAK = r -> 100 * java.util.Arrays.stream(r.result().trainAccuracy()).max().orElseThrow();
    static final ToDoubleFunction<Run> PEAK_AT = r -> r.result().iterations()[argMax(r.result().trainAccuracy())];
    /** The highest cost recorded, and the iteration of its first record. */
    static final ToDoubleFunction<Run> JUMP = r -> java.util.Arrays.stream(r.result().cost()).max().orElseThrow();
    static final ToDoubleFunction<Run> JUMP_AT = r -> r.result().iterations()[argMax(r.result().cost())];
    /** max |Z[1]| over the first layer's units and the points, at the start. */
    static final ToDoubleFunction<Run> MAX_Z = r -> {
        double max = 0;
        for (double[] unit : DerivativePlot.preActivations(r)) for (double z : unit) max = Math.max(max, Math.abs(z));
        return max;
    };

    static final List<Figure> FIGURES = List.of(
            new Figure("sigmoid-vs-tanh", "0.288", 1, FINAL), new Figure("sigmoid-vs-tanh", "0.597", 0, FINAL),
            new Figure("sigmoid-vs-tanh", "89.25", 1, ACCURACY), new Figure("sigmoid-vs-tanh", "62.75", 0, ACCURACY),
            new Figure("why-non-linear", "47", 0, ACCURACY), new Figure("why-non-linear", "47", 1, ACCURACY),
            new Figure("why-non-linear", "89.25", 2, ACCURACY),
            new Figure("activation-derivatives", "0.2", 0, MAX_Z, true), new Figure("activation-derivatives", "90", 1, SATURATED),
            new Figure("vanishing-gradients", "4000", 0, r -> 1 / RATIO.applyAsDouble(r)),
            new Figure("vanishing-gradients", "2.4e-4", 0, RATIO), new Figure("vanishing-gradients", "0.693", 0, FINAL),
            new Figure("vanishing-gradients", "0.59", 1, RATIO), new Figure("vanishing-gradients", "89.25", 1, ACCURACY),
            new Figure("relu-and-leaky-relu", "75", 0, DEAD), new Figure("relu-and-leaky-relu", "68.5", 0, ACCURACY),
            new Figure("relu-and-leaky-relu", "0", 1, DEAD), new Figure("relu-and-leaky-relu", "90.75", 0, PEAK),
            new Figure("relu-and-leaky-relu", "9", 0, PEAK_AT), new Figure("relu-and-leaky-relu", "1.35", 0, JUMP),
            new Figure("relu-and-leaky-relu", "11", 0, JUMP_AT), new Figure("relu-and-leaky-relu", "1.34", 1, JUMP),
            new Figure("relu-learns-faster", "0.018", 1, FINAL), new Figure("relu-learns-faster", "0.140", 0, FINAL),
            new Figure("relu-learns-faster", "69.50", 2, ACCURACY), new Figure("relu-learns-faster", "0", 2, DEAD),
            new Figure("zero-init", "0.693147", 0, FINAL), new Figure("zero-init", "50", 0, ACCURACY),
            new Figure("zero-init", "1", 0, DISTINCT), new Figure("zero-init", "0.693147", 1, FINAL),
            new Figure("zero-init", "50", 1, ACCURACY), new Figure("zero-init", "1", 1, DISTINCT),
            new Figure("constant-init", "0.6932", 0, START), new Figure("constant-init", "0.6735", 0, FINAL),
            new Figure("constant-init", "1", 0, DISTINCT), new Figure("constant-init", "50.25", 0, ACCURACY),
            new Figure("constant-init", "4", 1, DISTINCT), new Figure("constant-init", "89.25", 1, ACCURACY),
            new Figure("initial-scale", "0.693", 0, START), new Figure("initial-scale", "0.0065", 0, FINAL),
            new Figure("initial-scale", "4.90", 1, START), new Figure("initial-scale", "0.27", 1, FINAL),
            new Figure("initial-scale", "89.75", 1, ACCURACY),
            new Figure("learning-rate", "0.675", 0, FINAL), new Figure("learning-rate", "0.218", 1, FINAL),
            new Figure("learning-rate", "299", 2, RISES), new Figure("learning-rate", "0.20", 2, LEAST_LATE),
            new Figure("learning-rate", "1.19", 2, GREATEST_LATE),
            new Figure("gradient-descent", "4e-9", 1, CHECK), new Figure("gradient-descent", "8.2e-8", 0, CHECK));

    /** Numbers in a sentence that are facts of maths or settings, not measured on a run, with what they are. */
    static final Map<String, Set<String>> NOT_MEASURED = Map.of(
            "activation-derivatives", Set.of("0.071", "2"),  // tanh′(2) = 0.0707 (asserted below), the |z| > 2 of the measure
            "zero-init", Set.of("2"),                          // log 2
            "relu-learns-faster", Set.of("90.50"),             // the course's run, not a trial: asserted in GuideOutcomes
            "learning-rate", Set.of("500"),                    // the span LEAST_LATE and GREATEST_LATE measure over
            "gradient-descent", Set.of("1e-7"));               // the course's bound, asserted below

    /** The index of the first greatest of {@code v}. */
    static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    static java.util.stream.DoubleStream lateCosts(Run r) {
        int[] its = r.result().iterations();
        int from = its[its.length - 1] - 500;
        return java.util.stream.IntStream.range(0, its.length).filter(i -> its[i] >= from).mapToDouble(i -> r.result().cost()[i]);
    }

    static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?(e-?\\d+)?");

    /** "for |z| > 2, tanh′ < 0.071": tanh′ falls as |z| grows, and at 2 it is 0.0707 (it was "< 0.07", false near 2). */
    @Test
    void theQuotedDerivativeBoundHoldsFromTwoOn() {
        double atTwo = 1 - Math.tanh(2) * Math.tanh(2);
        assertTrue(atTwo < 0.071 && atTwo > 0.0705, "tanh′(2) = " + atTwo);
    }

    @Test
    void everyQuotedFigureIsTheMeasuredNumberToTheDigitsShown() {
        Map<String, Run> runs = new HashMap<>();
        ExperimentRunner runner = new ExperimentRunner();
        for (Figure f : FIGURES) {
            Guide g = Guides.bySlug(f.slug()).orElseThrow();
            assertTrue(hasNumber(g.outcome(), f.text()), f.slug() + " quotes " + f.text() + ": " + g.outcome());
            Run run = runs.computeIfAbsent(f.slug() + f.trial(), k -> runner.run(g.trials().get(f.trial()).experiment()));
            double measured = f.measured().applyAsDouble(run);
            if (f.bound()) {
                assertTrue(measured <= new BigDecimal(f.text()).doubleValue(), f.slug() + ": " + measured + " > " + f.text());
                continue;
            }
            assertEquals(new BigDecimal(f.text()).doubleValue(), rounded(measured, f.text()), 0,
                    f.slug() + ": " + f.text() + " quoted, " + measured + " measured");
        }
        assertTrue(CHECK.applyAsDouble(runs.get("gradient-descent0")) < 1e-7, "the check passes the course's bound");
        assertTrue(CHECK.applyAsDouble(runs.get("gradient-descent1")) < 1e-7, "the check passes the course's bound");
    }

    /**
     * The gradient-descent guide's page says that the same terms added one after another, as a plain loop adds them,
     * put the course run's check over 1e-7: 8.3 × 10⁻⁷ there, against the notebook's 8.2e-8 (its np.sum adds in pairs).
     */
    @Test
    void theCheckOfTermsAddedInOrderIsTheFigureThePageGives() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("templates/guides/gradient-descent.html"))
                .replaceAll("\\s+", " ");
        assertTrue(page.contains("reads 8.3 × 10<sup>−7</sup>, over the bound"), "the page quotes it");
        Guide g = Guides.bySlug("gradient-descent").orElseThrow();
        Run course = new ExperimentRunner().run(g.trials().get(0).experiment());
        double inOrder = Measure.gradientCheck(course, shallowlab.nn.Network::cost);
        assertEquals(8.3e-7, rounded(inOrder, "8.3e-7"), 0, "measured " + inOrder);
        assertTrue(inOrder > 1e-7 && CHECK.applyAsDouble(course) < 1e-7, "the order alone crosses the bound");
    }

    @Test
    void everyNumberInAnOutcomeIsAMeasuredFigureOrASettingOfItsRuns() {
        for (Guide g : Guides.ALL) {
            List<String> allowed = new ArrayList<>(NOT_MEASURED.getOrDefault(g.slug(), Set.of()));
            for (Figure f : FIGURES) if (f.slug().equals(g.slug())) allowed.add(f.text());
            String settings = String.join("&", g.trials().stream().map(t -> t.experiment().toQuery()).toList());
            Matcher m = NUMBER.matcher(g.outcome());
            while (m.find()) {
                String n = m.group();
                boolean setting = Pattern.compile("=([0-9.,]*,)?" + Pattern.quote(n) + "(,|&|$)").matcher(settings).find();
                assertTrue(allowed.contains(n) || setting, g.slug() + ": '" + n + "' is neither measured nor a setting");
            }
        }
    }

    /** Whether {@code text} holds {@code number} as a whole number token. */
    static boolean hasNumber(String text, String number) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) if (m.group().equals(number)) return true;
        return false;
    }

    /** {@code v} rounded to the significant digits {@code shown} has ("0.288" → 3, "4000" → 1, "0" → exact). */
    static double rounded(double v, String shown) {
        BigDecimal figure = new BigDecimal(shown);
        if (figure.signum() == 0) return Math.abs(v) < 0.5 * Math.pow(10, -figure.scale()) ? 0 : v;
        int digits = figure.stripTrailingZeros().precision();
        if (shown.contains(".") && !shown.contains("e")) digits = figure.precision();   // "4.90", "69.50" keep their zeros
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }
}
