package shallowlab.web;

import java.util.Map;

/** A request that can't be answered as asked: its status and messages keyed by what was wrong. */
public final class HttpProblem extends RuntimeException {
    final int status;
    final Map<String, String> errors;

    public HttpProblem(int status, Map<String, String> errors) {
        super(status + " " + errors);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }
}
