package shallowlab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One experiment run once per value of one parameter: {@code experiments[i] = base.with(param, values[i])}.
 * Only that parameter changes, so every run shares the data and the init seed of the base.
 *
 * <p>A spec reads {@code key:v1,v2,...}. When the list holds a {@code |}, values are separated by {@code |}
 * instead, so that a value may hold commas: {@code hidden:4|8,8|16} compares one layer of 4, two of 8, one of 16.
 *
 * @param values the canonical text of each value, as in a share link
 */
public record Sweep(Experiment base, Param param, List<String> values, List<Experiment> experiments) {
    /** The query key of a comparison's spec. */
    public static final String KEY = "vary";
    public static final int MIN_VALUES = 2;
    public static final int MAX_VALUES = 8;
    /** How a spec's messages show one; the form, whose parameter is chosen apart, shows its values instead. */
    public static final String EXAMPLE = "e.g. hidden:1,2,3 or activation:tanh,relu";

    public Sweep {
        values = List.copyOf(values);
        experiments = List.copyOf(experiments);
    }

    /** A sweep, or the message that goes at the {@code vary} field. */
    public record Outcome(Sweep sweep, String error) {
        public boolean isValid() { return sweep != null; }
    }

    /** A ready-made sweep the lab page offers: compare this experiment across {@code label}. */
    public record Suggestion(String key, String label, List<String> values) {
        /** The spec of this suggestion, e.g. {@code hidden:1,2,3,4,5,20,50}. */
        public String spec() { return key + ":" + String.join(",", values); }
    }

    /** The suggested value sets, one per parameter worth sweeping; hidden sizes are the notebook's study. */
    public static final List<Suggestion> SUGGESTED = List.of(
            new Suggestion("hidden", "hidden sizes", List.of("1", "2", "3", "4", "5", "20", "50")),
            new Suggestion("activation", "activations", List.of("sigmoid", "tanh", "relu", "leaky_relu", "linear")),
            new Suggestion("learningRate", "learning rates", List.of("0.01", "0.1", "1.2", "10")),
            new Suggestion("initScale", "init scales", List.of("0", "0.01", "1", "10")),
            new Suggestion("init", "inits", List.of("random", "zeros", "constant", "xavier", "he")),
            new Suggestion("dataset", "datasets", List.of("flower", "circles", "moons", "xor", "gaussians", "spiral")));

    /**
     * Values to start from for each parameter, as the comparison's form offers them when its Parameter changes: the
     * suggested sets where there is one, else a few that show the parameter's range.
     */
    public static List<String> exampleValues(Param p) {
        for (Suggestion s : SUGGESTED) if (s.key().equals(p.key())) return s.values();
        return switch (p) {
            case POINTS -> List.of("100", "400", "1000");
            case NOISE -> List.of("0", "0.2", "0.4");
            case TEST_FRACTION -> List.of("0", "0.2", "0.4");
            case DATA_SEED -> List.of("1", "2", "3", "4");
            case LEAK -> List.of("0.01", "0.1", "0.3");
            case INIT_SEED -> List.of("1", "2", "3", "4");
            case ITERATIONS -> List.of("100", "1000", "10000");
            default -> throw new IllegalStateException("no example values for " + p.key());
        };
    }

    /** Reads {@code spec} (null when absent) against {@code base}; a bad spec gives one message saying why. */
    public static Outcome parse(Experiment base, String spec) {
        if (spec == null || spec.isBlank()) return error("is required: a parameter and its values, " + EXAMPLE);
        int colon = spec.indexOf(':');
        if (colon < 0) return error("must be a parameter, a colon and its values, " + EXAMPLE);
        String key = spec.substring(0, colon).strip();
        Param param = Param.fromKey(key);
        if (param == null) return error("'" + key + "' is not a parameter; use one of " + keys());
        List<String> raw = split(spec.substring(colon + 1));
        if (raw.size() == 1 && raw.get(0).isEmpty()) {
            return error("has no values; give " + MIN_VALUES + " to " + MAX_VALUES + ", separated by commas, " + EXAMPLE);
        }
        if (raw.size() == 1 && raw.get(0).matches(".*[\\s;].*")) {   // "1 2 3", "tanh;relu": a list, wrongly separated
            return error("has one value, '" + raw.get(0) + "': separate the values with commas, " + EXAMPLE);
        }
        if (raw.size() < MIN_VALUES || raw.size() > MAX_VALUES) {
            return error("has " + raw.size() + (raw.size() == 1 ? " value" : " values") + "; give "
                    + MIN_VALUES + " to " + MAX_VALUES + " values to compare");
        }
        return values(base, param, raw);
    }

    private static Outcome values(Experiment base, Param param, List<String> raw) {
        String inactive = param.inactiveReason(base);
        if (inactive != null) {
            Dependency d = param.dependency();
            return error("'" + param.key() + "' can't change these runs (" + inactive + "); set " + d.on().key()
                    + " to " + String.join(" or ", d.values()) + " first");
        }
        List<String> texts = new ArrayList<>();
        List<Experiment> experiments = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String value : raw) {
            Parsed parsed = base.with(param.key(), value);
            if (!parsed.isValid()) {
                return error("value '" + value + "': " + param.key() + " " + parsed.errors().get(param.key()));
            }
            String text = param.text(parsed.experiment());
            if (!seen.add(text)) return error("value '" + value + "' is given twice (as " + param.key() + "=" + text + ")");
            texts.add(text);
            experiments.add(parsed.experiment());
        }
        return new Outcome(new Sweep(base, param, texts, experiments), null);
    }

    /** Values separated by '|' when there is one, else by ','; each stripped. */
    static List<String> split(String list) {
        String separator = list.contains("|") ? "\\|" : ",";
        List<String> values = new ArrayList<>();
        for (String v : list.split(separator, -1)) values.add(v.strip());
        return values;
    }

    /** The canonical spec: commas between values, or '|' when a value holds a comma. */
    public String spec() {
        boolean commas = values.stream().anyMatch(v -> v.contains(","));
        return param.key() + ":" + String.join(commas ? "|" : ",", values);
    }

    /** The base's canonical query and the spec ('|' written %7C, so the link is a valid URI). */
    public String toQuery() {
        return base.toQuery() + "&" + KEY + "=" + spec().replace("|", "%7C");
    }

    /** The share link: the compare page with this sweep. */
    public String link() { return "/compare?" + toQuery(); }

    private static Outcome error(String message) { return new Outcome(null, message); }

    private static String keys() {
        List<String> keys = new ArrayList<>();
        for (Param p : Param.values()) keys.add(p.key());
        return String.join(", ", keys);
    }
}
