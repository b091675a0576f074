package shallowlab.web;

import java.util.Map;

/** A request that can't be answered as asked: its status and messages keyed by what was wrong. */
final class HttpProblem extends RuntimeException {
    final int status;
    final Map<String, String> errors;

    HttpProblem(int status, Map<String, String> errors) {
        super(status + " " + errors);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }
}
