package shallowlab.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shallowlab.data.DatasetKind;
import shallowlab.experiment.Field;
import shallowlab.experiment.Parsed;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;
import shallowlab.web.lab.Preset;

/**
 * What the experiment form needs: each field's text (as submitted when rejected), the errors (those of keys that
 * are no field, such as an unknown key, apart), the select boxes' options and the presets.
 */
public final class FormModel {
    private FormModel() {}

    /**
     * A mutable model for a page with the experiment form and these messages; {@code moreFields} are the page's
     * own fields besides the experiment's (their errors show at the field). Controllers add their own entries.
     */
    public static Map<String, Object> of(Parsed parsed, Map<String, String> errors, String... moreFields) {
        var values = new LinkedHashMap<String, String>();
        for (Field f : parsed.fields()) values.put(f.key(), f.value());
        Map<String, Object> model = new HashMap<>();
        model.put("values", values);
        model.put("errors", errors);
        var otherErrors = new LinkedHashMap<String, String>(errors);
        otherErrors.keySet().removeAll(values.keySet());
        otherErrors.keySet().removeAll(List.of(moreFields));
        model.put("otherErrors", otherErrors);
        model.put("options", OPTIONS);
        model.put("presets", Preset.ALL);
        model.put("saveErrors", Map.of());
        return model;
    }

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
            return "Nothing was run: the server is busy, every training slot is taken and the queue is full."
                    + " Try again " + wait + ".";
        }
        return null;
    }

    /** The keys offered by the select boxes. */
    public record Options(List<String> datasets, List<String> activations, List<String> inits) {}

    public static final Options OPTIONS = new Options(
            Arrays.stream(DatasetKind.values()).map(DatasetKind::key).toList(),
            Arrays.stream(Activation.values()).map(Activation::key).toList(),
            Arrays.stream(Initializer.values()).map(Initializer::key).toList());
}
