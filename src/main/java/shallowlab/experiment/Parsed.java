package shallowlab.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of reading an experiment from a query: the experiment, or the errors keyed by parameter name
 * (every bad field, in table order, then unknown keys). {@code fields} lets a form re-render what was submitted.
 */
public record Parsed(Experiment experiment, Map<String, String> errors, List<Field> fields) {
    public Parsed {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        fields = List.copyOf(fields);
        if ((experiment == null) == errors.isEmpty()) throw new IllegalArgumentException("experiment xor errors");
    }

    public boolean isValid() { return experiment != null; }

    /** The experiment; throws {@link IllegalArgumentException} listing the errors when there is none. */
    public Experiment orElseThrow() {
        if (experiment == null) throw new IllegalArgumentException("invalid experiment: " + errors);
        return experiment;
    }
}
