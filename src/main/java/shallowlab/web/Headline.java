package shallowlab.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import shallowlab.experiment.DataSource;
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

    /**
     * e.g. "flower · 400 points · hidden 4 · tanh · α = 1.2 · random init ×0.01 · 10000 iterations", or on uploaded
     * data "uploaded data “moons.csv” (4dc2cc…, 40 points) · hidden 4 · …": {@code points} is the count of the data the
     * run used (an upload's own; its {@code e.points()} is inactive and holds the default), {@code uploadName} the
     * file name the upload was first stored under (null: none, or generated data).
     */
    public static String of(Experiment e, Integer points, String uploadName) {
        return String.join(" · ", parts(e, null, points, uploadName).values());
    }

    /**
     * e.g. "Hidden units per layer = 1, 2, 3 · flower · 400 points · tanh · …": the varied parameter by its label
     * and its values as the page shows them ({@link #datasetValue}), then the rest of the base; {@code points} and
     * {@code uploadName} as in {@link #of(Experiment, Integer, String)}, null when not looked up (an upload is then
     * named by its id alone).
     */
    public static String of(Sweep sweep, List<String> shownValues, Integer points, String uploadName) {
        String values = sweep.param().label() + " = " + String.join(", ", shownValues);
        Map<String, String> parts = parts(sweep.base(), sweep.param().key(), points, uploadName);
        // Uploads compared by dataset bring their own points: the base's count is the generated datasets' alone.
        long uploads = sweep.values().stream().filter(v -> v.startsWith(DataSource.CUSTOM_PREFIX)).count();
        if (uploads == sweep.values().size()) parts.remove("points");
        else if (uploads > 0) parts.computeIfPresent("points", (key, count) -> count + " for generated data");
        return values + " · " + String.join(" · ", parts.values());
    }

    /**
     * The summary's parts by the key they show; the part of {@code varied} (or its detail) is left out. An upload's
     * count is {@code points}, said with its id when known (null: not looked up), after its file name if it has one.
     */
    private static Map<String, String> parts(Experiment e, String varied, Integer points, String uploadName) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (e.dataset().isCustom()) {
            String id = e.dataset().customId().substring(0, 6) + "…";
            String name = uploadName == null ? "" : " “" + uploadName + "”";
            parts.put("dataset", "uploaded data" + name + " (" + (points == null ? id : id + ", " + points + " points") + ")");
        } else {
            parts.put("dataset", e.dataset().key());
            parts.put("points", e.points() + " points");
        }
        parts.put("hidden", "hidden " + e.hidden().stream().map(String::valueOf).collect(Collectors.joining("–")));
        boolean leaky = e.activation() == Activation.LEAKY_RELU && !"leak".equals(varied);
        parts.put("activation", leaky ? e.activation().key() + " (leak " + number(e.leak()) + ")" : e.activation().key());
        parts.put("learningRate", "α = " + number(e.learningRate()));
        parts.put("init", init(e, !"initScale".equals(varied)));
        parts.put("iterations", e.iterations() + " iterations");
        if (varied != null) parts.remove(varied);
        return parts;
    }

    /**
     * A dataset as a compared value shows it: a generated one by its key, an upload by its file's name and its id's
     * first digits, "“moons.csv” (4dc2cc…)", or "uploaded data (4dc2cc…)" without a name; links keep the value itself.
     */
    public static String datasetValue(String value, String uploadName) {
        if (!value.startsWith(DataSource.CUSTOM_PREFIX)) return value;
        String id = value.substring(DataSource.CUSTOM_PREFIX.length());
        String digits = id.substring(0, Math.min(6, id.length())) + "…";
        return uploadName == null ? "uploaded data (" + digits + ")" : "“" + uploadName + "” (" + digits + ")";
    }

    /** A page title: the page's subject, then the site's name. */
    public static String title(String subject) { return subject + " — " + SITE; }

    private static String init(Experiment e, boolean withScale) {
        Initializer i = e.init();
        if (!withScale) return i.key() + " init";
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
