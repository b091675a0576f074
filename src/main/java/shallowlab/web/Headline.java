package shallowlab.web;

import java.util.Locale;
import java.util.stream.Collectors;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Sweep;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;

/**
 * One line that says what an experiment is (dataset · layers · activation · α · init · iterations), shown at the
 * top of its results and in the page's title.
 */
public final class Headline {
    public static final String SITE = "Shallow Lab";

    private Headline() {}

    /** e.g. "flower · 400 points · hidden 4 · tanh · α = 1.2 · random init ×0.01 · 10000 iterations". */
    public static String of(Experiment e) {
        String hidden = e.hidden().stream().map(String::valueOf).collect(Collectors.joining("–"));
        String activation = e.activation() == Activation.LEAKY_RELU
                ? e.activation().key() + " (leak " + number(e.leak()) + ")" : e.activation().key();
        return String.join(" · ", e.dataset().key(), e.points() + " points", "hidden " + hidden, activation,
                "α = " + number(e.learningRate()), init(e), e.iterations() + " iterations");
    }

    /** e.g. "hidden = 1, 2, 3 · flower · …": the varied parameter's values, then the base experiment. */
    public static String of(Sweep sweep) {
        return sweep.param().key() + " = " + String.join(", ", sweep.values()) + " · " + of(sweep.base());
    }

    /** A page title: the page's subject, then the site's name. */
    public static String title(String subject) { return subject + " — " + SITE; }

    private static String init(Experiment e) {
        Initializer i = e.init();
        if (i == Initializer.RANDOM) return "random init ×" + number(e.initScale());
        if (i == Initializer.CONSTANT) return "constant init " + number(e.initScale());
        return i.key() + " init";
    }

    /** A parameter as typed: 1.2, 0.01, 10 (no trailing zeros, no exponent for everyday values). */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) return s;
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
