package shallowlab.experiment;

import static shallowlab.experiment.Param.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shallowlab.data.DatasetKind;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;
import shallowlab.nn.TrainingConfig;

/**
 * One experiment: the data, the network, the initialisation and the training, fully determined by these values
 * (every seed included), so its {@link #link()} replays the same run. Components follow the table of
 * {@link Param}, which holds the defaults and the allowed values; an experiment outside them cannot be built.
 */
public record Experiment(DataSource dataset, int points, double noise, double testFraction, long dataSeed,
                         List<Integer> hidden, Activation activation, double leak, double learningRate,
                         Initializer init, double initScale, long initSeed, int iterations) {

    /** The course notebook's experiment: flower data, 4 tanh units, α = 1.2, 10 000 iterations. */
    public static final Experiment DEFAULTS = fromQuery(Map.of()).orElseThrow();

    /**
     * Checks each component through its {@link Param}; throws {@link IllegalArgumentException} naming the first bad
     * one. A parameter the run cannot use ({@link Dependency}) takes its default: runs that differ only there are
     * one experiment, with one canonical link and one cache entry.
     */
    public Experiment {
        hidden = hidden == null ? null : List.copyOf(hidden);
        noise += 0.0; testFraction += 0.0; leak += 0.0; initScale += 0.0;   // −0 + 0 = +0: one zero, one record
        if (dataset != null && dataset.isCustom() && POINTS.allows(points)) points = POINTS.<Integer>defaultValue();
        if (dataset != null && dataset.isCustom() && NOISE.allows(noise)) noise = NOISE.<Double>defaultValue();
        if (activation != null && !activation.usesLeak() && LEAK.allows(leak)) leak = LEAK.<Double>defaultValue();
        if (init != null && !init.usesScale() && INIT_SCALE.allows(initScale)) initScale = INIT_SCALE.<Double>defaultValue();
        DATASET.require(dataset); POINTS.require(points); NOISE.require(noise); TEST_FRACTION.require(testFraction);
        DATA_SEED.require(dataSeed); HIDDEN.require(hidden); ACTIVATION.require(activation); LEAK.require(leak);
        LEARNING_RATE.require(learningRate); INIT.require(init); INIT_SCALE.require(initScale);
        INIT_SEED.require(initSeed); ITERATIONS.require(iterations);
    }

    /** An experiment on generated data, {@code kind}. */
    public Experiment(DatasetKind kind, int points, double noise, double testFraction, long dataSeed, List<Integer> hidden,
                      Activation activation, double leak, double learningRate, Initializer init, double initScale,
                      long initSeed, int iterations) {
        this(kind == null ? null : DataSource.of(kind), points, noise, testFraction, dataSeed, hidden, activation, leak,
                learningRate, init, initScale, initSeed, iterations);
    }

    /** Built by the codec from the values it read, each looked up by its parameter. */
    static Experiment of(Values v) {
        return new Experiment(v.<DataSource>get(DATASET), v.get(POINTS), v.get(NOISE), v.get(TEST_FRACTION), v.get(DATA_SEED),
                v.get(HIDDEN), v.get(ACTIVATION), v.get(LEAK), v.get(LEARNING_RATE), v.get(INIT), v.get(INIT_SCALE),
                v.get(INIT_SEED), v.get(ITERATIONS));
    }

    /**
     * Reads an experiment from query parameters (e.g. Javalin's {@code ctx.queryParamMap()}). Absent keys take their
     * defaults; every empty, repeated, malformed or out-of-range value and every unknown key is reported (an empty
     * key, from a stray {@code &}, names nothing and is ignored). Pages drop the keys they don't know first
     * ({@code web.PageQuery}).
     */
    public static Parsed fromQuery(Map<String, List<String>> query) {
        return QueryCodec.read(query);
    }

    /** This experiment with one parameter set from text, validated as {@link #fromQuery} does (for sweeps). */
    public Parsed with(String key, String rawValue) {
        Map<String, List<String>> query = QueryCodec.map(this);
        query.put(key, List.of(rawValue));
        return fromQuery(query);
    }

    /**
     * The canonical query: every key that can change the run, in table order, e.g.
     * {@code dataset=flower&points=400&noise=0.2&...} ({@code leak} only for leaky_relu, {@code initScale} only for
     * random and constant init).
     */
    public String toQuery() { return QueryCodec.write(this); }

    /** The share link: the lab page with this experiment. */
    public String link() { return "/?" + toQuery(); }

    /** The form's fields, in table order, holding this experiment's values. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Param p : Param.values()) fields.add(new Field(p.key(), p.text(this), p.defaultText(), p.options(), null));
        return fields;
    }

    /** Weights and biases of the network 2 → hidden… → 1: Σ over layers of (n_(l-1) + 1)·n_l. */
    public long parameterCount() {
        long count = 0;
        int inputs = 2;
        for (int units : hidden) {
            count += (inputs + 1L) * units;
            inputs = units;
        }
        return count + inputs + 1;
    }

    /** The cost of training this experiment, in point × parameter × iteration units (the server caps it). */
    public long work() { return work(points); }

    /** The cost of training this experiment on {@code m} points (uploaded data has its own count). */
    public long work(long m) { return m * parameterCount() * iterations; }

    /** What the trainer needs besides the data. */
    public TrainingConfig trainingConfig() {
        int[] sizes = hidden.stream().mapToInt(Integer::intValue).toArray();
        return new TrainingConfig(sizes, activation, leak, init, initScale, initSeed, learningRate, iterations);
    }
}
