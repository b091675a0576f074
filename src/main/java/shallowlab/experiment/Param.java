package shallowlab.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;

/**
 * The parameters of an experiment, in the order of the share link and of {@link Experiment}'s components
 * (ExperimentParamsTest checks that the keys are the component names, in order).
 * Each row holds the query key, the label a person reads, the default as text, and the {@link Rule} that reads,
 * checks and writes the value: the query codec, the form, the JSON {@code config} and a comparison's {@code vary}
 * all read this one table.
 */
public enum Param {
    DATASET("dataset", "Dataset", "flower", Rule.dataSource(), Experiment::dataset),
    POINTS("points", "Points", "400", Rule.integer(20, 2000, true), Experiment::points),
    NOISE("noise", "Noise", "0.2", Rule.number(0, false, 1), Experiment::noise),
    TEST_FRACTION("testFraction", "Test share", "0", Rule.number(0, false, 0.5), Experiment::testFraction),
    DATA_SEED("dataSeed", "Data seed", "1", Rule.seed(), Experiment::dataSeed),
    HIDDEN("hidden", "Hidden units per layer", "4", Rule.layers(6, 64), Experiment::hidden),
    ACTIVATION("activation", "Activation", "tanh", Rule.choice(Activation.values(), Activation::key), Experiment::activation),
    LEAK("leak", "Leak", "0.01", Rule.number(0, false, 0.5), Experiment::leak),
    LEARNING_RATE("learningRate", "Learning rate α", "1.2", Rule.number(0, true, 10), Experiment::learningRate),
    INIT("init", "Weight init", "random", Rule.choice(Initializer.values(), Initializer::key), Experiment::init),
    INIT_SCALE("initScale", "Init scale", "0.01", Rule.number(0, false, 100), Experiment::initScale),
    INIT_SEED("initSeed", "Init seed", "2", Rule.seed(), Experiment::initSeed),
    ITERATIONS("iterations", "Iterations", "10000", Rule.integer(1, 20000, false), Experiment::iterations);

    private final String key;
    private final String label;
    private final String defaultText;
    private final String message;
    private final List<String> options;
    private final Map<String, String> input;
    private final Function<String, Object> parse;
    private final Predicate<Object> allows;
    private final Function<Experiment, Object> get;
    private final Function<Experiment, String> text;
    private final Function<Experiment, Object> json;

    @SuppressWarnings("unchecked")
    <T> Param(String key, String label, String defaultText, Rule<T> rule, Function<Experiment, T> get) {
        this.key = key;
        this.label = label;
        this.defaultText = defaultText;
        this.message = rule.message();
        this.options = rule.options();
        this.input = rule.input();
        this.parse = rule::parse;
        this.allows = value -> rule.allowed().test((T) value);
        this.get = get::apply;
        this.text = e -> rule.write().apply(get.apply(e));
        this.json = e -> rule.json().apply(get.apply(e));
    }

    /** The query key, e.g. {@code learningRate}. */
    public String key() { return key; }

    /**
     * What the pages call this parameter, e.g. {@code Learning rate α}: the form's label, and the name its error
     * summary and a comparison of it use. Links, JSON and the API's errors keep {@link #key()}.
     */
    public String label() { return label; }

    /** The default value as it appears in a link, e.g. {@code 1.2}. */
    public String defaultText() { return defaultText; }

    /** What is allowed, as a phrase after the key, e.g. "must be an even number from 20 to 2000". */
    public String message() { return message; }

    /** What is allowed, said for the rejected {@code text}: a malformed {@code custom:…} hears of the id's form. */
    public String messageFor(String text) {
        return this == DATASET && text.startsWith(DataSource.CUSTOM_PREFIX) ? DataSource.MALFORMED : message;
    }

    /** The keys a select box offers, or empty for free input. */
    public List<String> options() { return options; }

    /**
     * The form input's HTML attributes for the same bounds as {@link #message()}, e.g. {type: number, min: 20,
     * max: 2000, step: 2}, or {type: text, pattern: …} for the hidden layers; empty for a select box.
     */
    public Map<String, String> input() { return input; }

    /** The canonical text of this parameter's value in {@code e}. */
    public String text(Experiment e) { return text.apply(e); }

    /** This parameter's value in {@code e} for JSON: a key for a choice, a list for layers, else a number. */
    public Object json(Experiment e) { return json.apply(e); }

    /** What this parameter depends on to change the run ({@link Dependency}), or null when it always does. */
    public Dependency dependency() { return Dependency.of(this); }

    /** Why this parameter cannot change the run {@code e}, or null when it can. */
    public String inactiveReason(Experiment e) {
        Dependency d = dependency();
        return d == null || d.activeIn(e) ? null : d.reason();
    }

    /** The default value, of this parameter's type. */
    @SuppressWarnings("unchecked")
    <T> T defaultValue() { return (T) parse(defaultText); }

    /** The parameter whose key is {@code key}, or null. */
    public static Param fromKey(String key) {
        for (Param p : values()) if (p.key.equals(key)) return p;
        return null;
    }

    /** The allowed value {@code text} denotes, or null (the caller reports {@link #message()}). */
    Object parse(String text) { return parse.apply(text); }

    /** This parameter's value in {@code e}, read through its component's accessor. */
    Object value(Experiment e) { return get.apply(e); }

    /** Whether {@code value}, of this parameter's type, is allowed. */
    boolean allows(Object value) { return value != null && allows.test(value); }

    /** Throws {@link IllegalArgumentException} "key message" unless {@code value}, of this parameter's type, is allowed. */
    void require(Object value) {
        if (value == null || !allows.test(value)) throw new IllegalArgumentException(key + " " + message);
    }
}
