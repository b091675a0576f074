package shallowlab.guide;

import static shallowlab.guide.Measure.ACCURACY;
import static shallowlab.guide.Measure.COST_AT_100;
import static shallowlab.guide.Measure.COST_RISES;
import static shallowlab.guide.Measure.DEAD_UNITS;
import static shallowlab.guide.Measure.DISTINCT_UNITS;
import static shallowlab.guide.Measure.DIVERGED;
import static shallowlab.guide.Measure.FINAL_COST;
import static shallowlab.guide.Measure.GRADIENT_CHECK;
import static shallowlab.guide.Measure.GRADIENT_RATIO;
import static shallowlab.guide.Measure.SATURATED_Z;
import static shallowlab.guide.Measure.START_COST;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import shallowlab.experiment.Experiment;

/**
 * The guides, in the order of the course. Each outcome sentence states what its trials measurably do; a test runs
 * every trial through the API and checks it, so the numbers here are the ones the buttons replay.
 */
public final class Guides {
    private Guides() {}

    /** The deeper network of the vanishing-gradients guide: six hidden layers of 8, He init, α = 0.1. */
    private static final String[] DEEP = {"hidden", "8,8,8,8,8,8", "init", "he", "learningRate", "0.1", "iterations", "500"};

    /** The wider network of the learning-rate guide: 20 tanh units, 2000 steps. */
    private static final String[] WIDE = {"hidden", "20", "iterations", "2000"};

    /** Where ReLU wins: the circles, 8 units, He init, α = 0.5, 250 steps. */
    private static final String[] CIRCLES = {"dataset", "circles", "hidden", "8", "init", "he", "learningRate", "0.5",
            "iterations", "250"};

    public static final List<Guide> ALL = List.of(
            guide("sigmoid-vs-tanh", "Sigmoid or tanh in the hidden layer",
                    "Same data, same initial weights, α = 1.2: after 1000 steps tanh's cost is 0.288 and sigmoid's still"
                            + " 0.597; tanh classifies 89.25 % of the flower, sigmoid 62.75 %.",
                    List.of(START_COST, FINAL_COST, ACCURACY), false,
                    trial("sigmoid", "iterations", "1000", "activation", "sigmoid"),
                    trial("tanh", "iterations", "1000", "activation", "tanh")),
            guide("why-non-linear", "Why the hidden layer must be non-linear",
                    "A linear hidden layer ends at 47 % on the flower, with 4 units and with 20 alike: the straight"
                            + " boundary of logistic regression. tanh with 4 units reaches 89.25 %.",
                    List.of(FINAL_COST, ACCURACY), false,
                    trial("linear, 4 units", "iterations", "1000", "activation", "linear"),
                    trial("linear, 20 units", "iterations", "1000", "activation", "linear", "hidden", "20"),
                    trial("tanh, 4 units", "iterations", "1000")),
            guide("activation-derivatives", "Derivatives of the activations, and saturation",
                    "With randn·0.01 every first-layer pre-activation lies within ±0.2, where tanh′ ≈ 1; with randn·10"
                            + " about 90 % of them have |z| > 2, where tanh′ < 0.071: every unit starts saturated on most points.",
                    List.of(SATURATED_Z, START_COST, COST_AT_100, FINAL_COST), true,
                    trial("randn · 0.01", "iterations", "1000"),
                    trial("randn · 10", "iterations", "1000", "initScale", "10")),
            guide("vanishing-gradients", "Vanishing gradients in a deeper network",
                    "Six hidden layers of 8 units, He init: with sigmoid the first layer's gradient starts about 4000"
                            + " times smaller than the output layer's (ratio 2.4e-4) and the cost sinks to 0.693 and stays"
                            + " there; with ReLU the ratio starts at 0.59 and the network learns (89.25 %).",
                    List.of(GRADIENT_RATIO, START_COST, FINAL_COST, ACCURACY), false,
                    trial("sigmoid", DEEP, "activation", "sigmoid"),
                    trial("ReLU", DEEP, "activation", "relu")),
            guide("relu-and-leaky-relu", "ReLU, dead units and leaky ReLU",
                    "On the circles with α = 5, ReLU reaches 90.75 % at step 9, then overshoots (its cost jumps to 1.35"
                            + " at step 11) and never recovers: three of its four units end dead (75 % dead) and it stalls"
                            + " at 68.5 %; leaky ReLU overshoots at the same step (to 1.34) but keeps every unit alive (0 % dead), recovers"
                            + " and gets every point right.",
                    List.of(DEAD_UNITS, FINAL_COST, ACCURACY), false,
                    trial("ReLU", "dataset", "circles", "learningRate", "5", "iterations", "1000", "activation", "relu"),
                    trial("leaky ReLU", "dataset", "circles", "learningRate", "5", "iterations", "1000",
                            "activation", "leaky_relu")),
            guide("relu-learns-faster", "When ReLU learns faster, and when it loses",
                    "On the circles with 8 units, He init and α = 0.5, after 250 steps ReLU's cost is 0.018 and"
                            + " tanh's 0.140. On the 4-unit flower ReLU ends at 69.50 % with no dead unit (0 %), far"
                            + " behind the course's tanh run (90.50 %).",
                    List.of(START_COST, FINAL_COST, ACCURACY, DEAD_UNITS), false,
                    trial("tanh, circles", CIRCLES, "activation", "tanh"),
                    trial("ReLU, circles", CIRCLES, "activation", "relu"),
                    trial("ReLU, flower", "activation", "relu", "learningRate", "0.5")),
            guide("zero-init", "Initialising the weights to zero",
                    "With every weight 0 the cost stays at 0.693147 (log 2) for all 1000 steps, accuracy stays at"
                            + " 50 %, and the four hidden units remain one (1 distinct unit): with tanh, and with a"
                            + " sigmoid hidden layer too.",
                    List.of(START_COST, FINAL_COST, DISTINCT_UNITS, ACCURACY), false,
                    trial("tanh, zero init", "iterations", "1000", "init", "zeros"),
                    trial("sigmoid, zero init", "iterations", "1000", "init", "zeros", "activation", "sigmoid")),
            guide("constant-init", "Initialising every weight to the same value",
                    "With every weight 0.01 the cost does fall (0.6932 → 0.6735), but the four units stay clones"
                            + " (1 distinct unit): together they compute what one tanh unit does, a straight boundary,"
                            + " at 50.25 %; randn·0.01 gives 4 distinct units and 89.25 %.",
                    List.of(START_COST, FINAL_COST, DISTINCT_UNITS, ACCURACY), false,
                    trial("constant 0.01", "iterations", "1000", "init", "constant"),
                    trial("randn · 0.01", "iterations", "1000", "init", "random")),
            guide("initial-scale", "The scale of the initial weights",
                    "On the moons, randn·0.01 starts at cost 0.693 and ends at 0.0065 with every point right;"
                            + " randn·10 saturates tanh, starts at 4.90 and after 1000 steps is still at 0.27 (89.75 %).",
                    List.of(SATURATED_Z, START_COST, FINAL_COST, ACCURACY), false,
                    trial("randn · 0.01", "dataset", "moons", "iterations", "1000"),
                    trial("randn · 10", "dataset", "moons", "iterations", "1000", "initScale", "10")),
            guide("learning-rate", "The learning rate α",
                    "20 tanh units on the flower, 2000 steps: α = 0.01 has barely moved (cost 0.675), α = 1 falls at"
                            + " every recorded step to 0.218, and α = 10 overshoots: its cost rises at 299 recorded"
                            + " steps and over the last 500 still swings between 0.20 and 1.19. None of the three"
                            + " diverges.",
                    List.of(FINAL_COST, COST_RISES, DIVERGED, ACCURACY), false,
                    trial("α = 0.01", WIDE, "learningRate", "0.01"),
                    trial("α = 1", WIDE, "learningRate", "1"),
                    trial("α = 10", WIDE, "learningRate", "10")),
            guide("gradient-descent", "Gradient descent: forward and backward propagation",
                    "Back-propagation agrees with finite differences: with the cost computed as the notebook computes"
                            + " it, the gradient check gives about 4e-9 with Xavier init and 8.2e-8 with the course's tiny"
                            + " randn·0.01 weights, both below 1e-7; the tiny weights' is the larger, where the"
                            + " differences' rounding shows. Both runs' cost falls at every step.",
                    List.of(GRADIENT_CHECK, START_COST, FINAL_COST, COST_RISES), false,
                    trial("randn · 0.01 (the course)", "iterations", "1000", "init", "random"),
                    trial("Xavier init", "iterations", "1000", "init", "xavier")));

    /** The guide that explains each activation and init key of the lab's form. */
    public static final Map<String, Guide> LEARN_MORE = Map.of(
            "sigmoid", get("sigmoid-vs-tanh"), "tanh", get("sigmoid-vs-tanh"),
            "relu", get("relu-and-leaky-relu"), "leaky_relu", get("relu-and-leaky-relu"),
            "linear", get("why-non-linear"), "random", get("initial-scale"), "zeros", get("zero-init"),
            "constant", get("constant-init"), "xavier", get("vanishing-gradients"), "he", get("vanishing-gradients"));

    /** A guide and the one of its trials that runs a given experiment. */
    public record Match(Guide guide, Trial trial) {}

    /** Every guide with a trial that runs exactly {@code e}, in the course's order. */
    public static List<Match> trialsOf(Experiment e) {
        return ALL.stream().flatMap(g -> g.trials().stream().filter(t -> t.experiment().equals(e))
                .map(t -> new Match(g, t))).toList();
    }

    /** The guide with this slug, if any. */
    public static Optional<Guide> bySlug(String slug) {
        return ALL.stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    private static Guide get(String slug) { return bySlug(slug).orElseThrow(); }

    private static Guide guide(String slug, String title, String outcome, List<Measure> measures, boolean plots,
                               Trial... trials) {
        return new Guide(slug, title, "guides/" + slug, outcome, List.of(trials), measures, plots);
    }

    private static Trial trial(String label, String[] base, String... changes) {
        String[] all = new String[base.length + changes.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(changes, 0, all, base.length, changes.length);
        return trial(label, all);
    }

    /** The defaults with {@code keyValues} = key, value, key, value… applied in order. */
    private static Trial trial(String label, String... keyValues) {
        Experiment e = Experiment.DEFAULTS;
        for (int i = 0; i < keyValues.length; i += 2) e = e.with(keyValues[i], keyValues[i + 1]).orElseThrow();
        return new Trial(label, e);
    }
}
