package shallowlab.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import shallowlab.experiment.Dependency;
import shallowlab.experiment.Field;
import shallowlab.experiment.Param;
import shallowlab.experiment.Parsed;
import shallowlab.web.lab.Preset;

/**
 * What the experiment form needs: each field's text (as submitted when rejected), the errors (those of keys that
 * are no field, such as an unknown key, apart), each field's label, each input's attributes and each select box's
 * options (all from {@link Param}'s table) and the presets.
 */
public final class FormModel {
    private FormModel() {}

    /** A mutable model for a page with the experiment form and these messages; controllers add their own entries. */
    public static Map<String, Object> of(Parsed parsed, Map<String, String> errors) {
        return of(parsed, errors, Map.of());
    }

    /**
     * The same, for a page with fields of its own besides the experiment's: {@code moreFields}, key → label (their
     * errors show at the field, and the summary above the form names them by that label).
     */
    public static Map<String, Object> of(Parsed parsed, Map<String, String> errors, Map<String, String> moreFields) {
        var values = new LinkedHashMap<String, String>();
        for (Field f : parsed.fields()) values.put(f.key(), f.value());
        Map<String, Object> model = new HashMap<>();
        model.put("values", values);
        model.put("errors", errors);
        var otherErrors = new LinkedHashMap<String, String>(errors);
        otherErrors.keySet().removeAll(values.keySet());
        otherErrors.keySet().removeAll(moreFields.keySet());
        model.put("otherErrors", otherErrors);
        var labels = new LinkedHashMap<String, String>(LABELS);
        labels.putAll(moreFields);
        model.put("labels", labels);
        model.put("inputs", INPUTS);
        model.put("options", OPTIONS);
        model.put("dependencies", DEPENDENCIES);
        model.put("inactive", inactive(values));
        model.put("unreadable", unreadable(values));
        model.put("presets", Preset.ALL);
        model.put("saveErrors", Map.of());
        // The results come before the form in the page (a phone paints them first), so the keyboard needs a way round.
        model.put("skipToForm", true);
        return model;
    }

    /**
     * The number fields whose value is no number ("abc" from a hand-edited link): a number input would show them
     * empty beside their message, so the page shows them as text, the value the learner sent in sight.
     */
    static java.util.Set<String> unreadable(Map<String, String> values) {
        var keys = new java.util.HashSet<String>();
        values.forEach((key, text) -> {
            boolean numberInput = "number".equals(INPUTS.getOrDefault(key, Map.of()).get("type"));
            if (numberInput && !text.isEmpty() && !HTML_NUMBER.matcher(text).matches()) keys.add(key);
        });
        return keys;
    }

    /** HTML's "valid floating-point number", the only text a number input keeps (it empties any other). */
    private static final java.util.regex.Pattern HTML_NUMBER =
            java.util.regex.Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * What the form says above its fields when the server, not the input, refused the run: 429 (this address
     * started many new runs) or 503 (every training slot taken), with the wait from Retry-After; null otherwise.
     */
    public static String refusal(int status, String retryAfterSeconds) {
        String wait = retryAfterSeconds == null ? "in a little while" : "in " + retryAfterSeconds + " s";
        if (status == 429) {
            return "Nothing was run: this address asked for many new runs in a short time. Try again " + wait
                    + "; links that were already run still open at once.";
        }
        if (status == 503) {
            return "Nothing was run: the server is busy, every training slot is taken and others are waiting for one."
                    + " Try again " + wait + ".";
        }
        return null;
    }


    /** key → the label a person reads, e.g. learningRate → "Learning rate α": the form's and its error summary's. */
    static final Map<String, String> LABELS = byKey(Param::label);

    /** Each free input's HTML attributes (type, min, max, step or pattern), from its parameter's rule. */
    static final Map<String, Map<String, String>> INPUTS = byKey(p -> p.input().isEmpty() ? null : p.input());

    /** The keys each select box offers, from its parameter's rule. */
    static final Map<String, List<String>> OPTIONS = byKey(p -> p.options().isEmpty() ? null : p.options());

    /** What each parameter that is not always used depends on ({@link Dependency}), for the form's script. */
    static final Map<String, Dependency> DEPENDENCIES = byKey(Param::dependency);

    /** key → why the field can't change the run, for the fields whose dependency the form's values don't meet. */
    static Map<String, String> inactive(Map<String, String> values) {
        Map<String, String> inactive = new LinkedHashMap<>();
        DEPENDENCIES.forEach((key, d) -> {
            if (!d.values().contains(values.get(d.on().key()))) inactive.put(key, d.reason());
        });
        return inactive;
    }

    /** key → what {@code of} gives, for the parameters where that is not null, in table order. */
    private static <T> Map<String, T> byKey(Function<Param, T> of) {
        var map = new LinkedHashMap<String, T>();
        for (Param p : Param.values()) if (of.apply(p) != null) map.put(p.key(), of.apply(p));
        return Collections.unmodifiableMap(map);
    }
}
