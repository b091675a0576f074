package shallowlab.web.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;
import shallowlab.experiment.Parsed;
import shallowlab.experiment.Sweep;

/**
 * A comparison as asked for in a query: the base experiment (the lab's keys), the spec {@code vary=key:v1,v2,...}
 * and {@code static=1} (run everything before answering, for pages without JavaScript). The compare form sends the
 * spec in two fields, {@code varyKey} and {@code varyValues}; they are read as {@code vary=varyKey:varyValues}.
 *
 * @param base      the base experiment, or its errors and the fields as submitted
 * @param varyKey   the varied key as submitted (for the form), or null
 * @param varyValues the values as submitted (for the form), or null
 * @param sweep     the sweep, or null when anything is wrong
 * @param errors    the base's errors, then {@code vary} and {@code static} when they are wrong
 * @param fromForm  whether the spec came in the form's two fields (the page then redirects to the canonical link)
 * @param waitForRuns whether {@code static=1} asked for the runs before the page
 */
public record CompareQuery(Parsed base, String varyKey, String varyValues, Sweep sweep, Map<String, String> errors,
                    boolean fromForm, boolean waitForRuns) {
    static final String STATIC = "static";
    static final String FORM_KEY = "varyKey";
    static final String FORM_VALUES = "varyValues";
    /** The keys the compare page reads besides the experiment's. */
    public static final Set<String> KEYS = Set.of(Sweep.KEY, FORM_KEY, FORM_VALUES, STATIC);

    public boolean isValid() { return sweep != null; }

    public static CompareQuery read(Map<String, List<String>> query) {
        Map<String, List<String>> rest = new LinkedHashMap<>(query);
        List<String> vary = rest.remove(Sweep.KEY);
        List<String> formKey = rest.remove(FORM_KEY);
        List<String> formValues = rest.remove(FORM_VALUES);
        List<String> waitFor = rest.remove(STATIC);
        boolean fromForm = vary == null && formKey != null;
        String spec = fromForm ? first(formKey) + ":" + (formValues == null ? "" : first(formValues)) : first(vary);
        Parsed base = Experiment.fromQuery(rest);
        Sweep.Outcome outcome = Sweep.parse(base.isValid() ? base.experiment() : Experiment.DEFAULTS, spec);
        Map<String, String> errors = new LinkedHashMap<>(base.errors());
        if (vary != null && vary.size() > 1) errors.put(Sweep.KEY, "is given more than once");
        else if (!outcome.isValid()) errors.put(Sweep.KEY, fromForm ? formMessage(outcome.error(), first(formKey)) : outcome.error());
        if (waitFor != null && !List.of("1").equals(waitFor)) errors.put(STATIC, "must be 1 when given");
        Sweep sweep = errors.isEmpty() ? outcome.sweep() : null;
        int colon = spec == null ? -1 : spec.indexOf(':');
        return new CompareQuery(base, colon < 0 ? null : spec.substring(0, colon).strip(),
                colon < 0 ? spec : spec.substring(colon + 1).strip(), sweep, errors, fromForm, waitFor != null);
    }

    /**
     * A spec's message as the form shows it, in the form's words: the Parameter is chosen apart from its Values, so
     * the example is values of that parameter ("e.g. 0.01,0.1,1.2,10", not "e.g. hidden:1,2,3"), the parameter is
     * named by its label ("Learning rate α must be …", not "learningRate must be …"), a value given twice by its
     * text alone, and a hidden value's layer sizes, separated by commas, are said to need | between values.
     */
    private static String formMessage(String error, String key) {
        Param p = Param.fromKey(key == null ? "" : key.strip());
        if (p == null) return error;
        String message = error.replace(Sweep.EXAMPLE, "e.g. " + String.join(",", Sweep.exampleValues(p)))
                .replace("': " + p.key() + " ", "': " + p.label() + " ")
                .replace("(as " + p.key() + "=", "(as ")
                .replace("'" + p.key() + "' can't", p.label() + " can't");
        return p == Param.HIDDEN && message.contains("separated by commas")
                ? message + " (to compare several layers, separate the values with |: 4|8,8|16)" : message;
    }

    private static String first(List<String> values) { return values == null || values.isEmpty() ? null : values.get(0); }
}
