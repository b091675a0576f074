package shallowlab.web.lab;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Sweep;
import shallowlab.web.Links;
import shallowlab.web.compare.CompareQuery;

/**
 * A ready-made experiment, one click from the lab's form: the course's default and its classic variations.
 * {@code lookFor} is the one line the page shows under the list: what the run demonstrates, which a test checks on
 * exactly this run. {@code compareHref} (or null) opens the run beside the one it is measured against.
 */
public record Preset(String name, String lookFor, String href, String compareHref) {

    /** The course's run with a linear hidden layer; the divergence preset raises only its α. */
    static final Experiment LINEAR = apply(Experiment.DEFAULTS, "activation=linear");
    /** Where ReLU wins: the circles, 8 units, He init, α = 0.5, 250 steps. */
    static final Experiment RELU_WINS = apply(Experiment.DEFAULTS,
            "dataset=circles&hidden=8&init=he&learningRate=0.5&iterations=250");
    static final Experiment RELU = apply(Experiment.DEFAULTS, "activation=relu&learningRate=0.5");
    static final Experiment LARGE_INIT = apply(Experiment.DEFAULTS, "dataset=moons&initScale=10");
    /** The notebook's study of the hidden layer's size trains each for 5000 iterations, not the default 10,000. */
    static final Experiment NOTEBOOK_SIZES = apply(Experiment.DEFAULTS, "iterations=5000");
    static final Experiment LARGE_RATE = apply(Experiment.DEFAULTS, "hidden=20&learningRate=10&iterations=2000");

    public static final List<Preset> ALL = List.of(
            lab("Course default", "The notebook's run: the cost falls from 0.693 to about 0.22, about 90 % right.",
                    Experiment.DEFAULTS, null),
            compare("Hidden layer sizes", "The notebook's tuning table, 5000 iterations each: 1 and 2 units stay near"
                    + " 67 % right, 3 units reach 90.75 %, and more add little: 5 are best at 91.25 %; 20 and 50 reach"
                    + " a lower cost but get no more points right.", NOTEBOOK_SIZES, "hidden:1,2,3,4,5,20,50"),
            compare("Sigmoid vs tanh", "tanh's cost falls much faster: at iteration 1000 (hover or tap the cost chart)"
                    + " sigmoid's is still above 0.59 and tanh's under 0.29; by 10,000 the gap has narrowed to 0.27"
                    + " against 0.22, and their accuracies are close: 89.75 % and 90.50 %.",
                    Experiment.DEFAULTS, "activation:sigmoid,tanh"),
            lab("ReLU", "On the 4-unit flower ReLU ends behind tanh (about 70 % right) with no unit dead: few"
                    + " straight pieces can't draw the petals.", RELU, sweep(RELU, "activation:tanh,relu")),
            compare("ReLU learns faster", "Circles, 8 units, He init: after 250 steps ReLU's cost is far below tanh's,"
                    + " and sigmoid's is highest.", RELU_WINS, "activation:sigmoid,tanh,relu"),
            lab("Zero init", "All weights 0: the cost stays at 0.693147 and the units stay one (1 distinct unit).",
                    apply(Experiment.DEFAULTS, "init=zeros"), null),
            lab("Constant init", "All weights 0.01: the cost falls a little, but the 4 units stay clones (1 distinct).",
                    apply(Experiment.DEFAULTS, "init=constant"), null),
            lab("Too large init", "randn·10 on the moons: the cost starts near 4.9, far above 0.693, and ends far"
                    + " behind randn·0.01, as it already was before its one jump near step 3100.", LARGE_INIT,
                    sweep(LARGE_INIT, "initScale:0.01,10")),
            lab("Too large learning rate", "α = 10 (20 units, 2000 steps): the cost jumps up again and again, and"
                    + " over the last 500 steps still swings between about 0.2 and 1.2, where α = 1's falls smoothly"
                    + " to 0.22.", LARGE_RATE, sweep(LARGE_RATE, "learningRate:1,10")),
            lab("Linear activation", "A linear hidden layer is logistic regression: a straight boundary. Its cost"
                    + " falls from 0.693 to 0.673 by step 30 (open the numbers behind the curves) while it goes from"
                    + " 59.75 % to 47 % right: gradient descent lowers the cost, not the count of mistakes.",
                    LINEAR, null),
            lab("Divergence", "The linear preset with only α raised to 10: the weights blow up and training stops;"
                    + " at α = 1.2 it does not.", apply(LINEAR, "learningRate=10"), sweep(LINEAR, "learningRate:1.2,10")));

    /**
     * The preset this comparison link shows: one that opens it, or whose "side by side" link it is; its look-for
     * line then heads the comparison.
     */
    public static Optional<Preset> comparedBy(String compareLink) {
        return ALL.stream().filter(p -> p.href().equals(compareLink) || compareLink.equals(p.compareHref())).findFirst();
    }

    /**
     * The comparison preset that runs {@code sweep}'s comparison, the same values on the same base, for another number
     * of iterations only, if any: the lab's hidden-sizes link at 10,000 iterations beside the notebook's table at
     * 5000, where other sizes win.
     */
    public static Optional<Preset> sameComparisonAtOtherLength(Sweep sweep) {
        return ALL.stream().filter(p -> p.comparison() != null).filter(p -> {
            Sweep preset = p.comparison();
            int iterations = preset.base().iterations();
            return preset.param() == sweep.param() && preset.values().equals(sweep.values())
                    && iterations != sweep.base().iterations()
                    && preset.base().equals(sweep.base().with("iterations", String.valueOf(iterations)).orElseThrow());
        }).findFirst();
    }

    /** The comparison this preset opens, or null for one that opens the lab. */
    public Sweep comparison() { return COMPARISONS.get(href); }

    /** Each comparison preset's sweep by its link, read once from the link (pages ask on every render). */
    private static final Map<String, Sweep> COMPARISONS = ALL.stream()
            .filter(p -> p.href().startsWith("/compare?"))
            .collect(Collectors.toUnmodifiableMap(Preset::href,
                    p -> CompareQuery.read(Links.parse(p.href()).query()).sweep()));

    /** The preset whose link is {@code link} (a lab page's canonical experiment link), if any. */
    public static Optional<Preset> active(String link) {
        return ALL.stream().filter(p -> p.href().equals(link)).findFirst();
    }

    private static Preset lab(String name, String lookFor, Experiment e, String compareHref) {
        return new Preset(name, lookFor, e.link(), compareHref);
    }

    /** A preset that opens the comparison of {@code base} across {@code spec}. */
    private static Preset compare(String name, String lookFor, Experiment base, String spec) {
        return new Preset(name, lookFor, sweep(base, spec), null);
    }

    private static String sweep(Experiment base, String spec) { return Sweep.parse(base, spec).sweep().link(); }

    /** {@code base} with changes given as a query ({@code key=value&...}). */
    static Experiment apply(Experiment base, String changes) {
        Experiment e = base;
        for (String pair : changes.split("&")) {
            String[] kv = pair.split("=", 2);
            e = e.with(kv[0], kv[1]).orElseThrow();
        }
        return e;
    }
}
