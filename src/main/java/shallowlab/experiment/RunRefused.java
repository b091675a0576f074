package shallowlab.experiment;

import java.util.Map;

/**
 * A run the server will not do now, with the HTTP status that says why: 400 over a cap (the errors name the cap),
 * 429 too many runs from one client, 503 all training slots and the queue full. {@code retryAfterSeconds} is set
 * for 429 and 503.
 */
public final class RunRefused extends RuntimeException {
    private final int status;
    private final Integer retryAfterSeconds;
    private final Map<String, String> errors;

    public RunRefused(int status, Integer retryAfterSeconds, Map<String, String> errors) {
        super(errors.toString());
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.errors = Map.copyOf(errors);
    }

    static RunRefused overCap(String cap, String message) { return new RunRefused(400, null, Map.of(cap, message)); }

    public int status() { return status; }

    public Integer retryAfterSeconds() { return retryAfterSeconds; }

    /** Messages keyed by what was refused: {@code work}, {@code time}, {@code rate} or {@code server}. */
    public Map<String, String> errors() { return errors; }
}
