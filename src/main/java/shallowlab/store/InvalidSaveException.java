package shallowlab.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A save refused for what the user typed: each bad field's name ("title", "note", "query") with its message. */
public final class InvalidSaveException extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidSaveException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        if (errors.isEmpty()) throw new IllegalArgumentException("an invalid save needs at least one error");
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name → message, in form order. */
    public Map<String, String> errors() { return errors; }
}
