package shallowlab.web.saved;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shallowlab.web.HttpProblem;
import shallowlab.web.RouteKeys;

/** Reading the requests of saved experiments: form and JSON bodies, the list's limit (the origin: SameOrigin). */
final class SavedRequests {
    static final int MAX_LIMIT = 100;
    /** Strict about a field given twice (Jackson's default keeps the last without a word). */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final List<String> FIELDS = List.of("title", "note", "link");

    /** {@code ?limit=} (default 20, 1 … 100); anything else, or another key, is a 400 naming it. */
    int limit(Context ctx) {
        RouteKeys.require(ctx, List.of("limit"));
        String text = ctx.queryParam("limit");
        if (text == null) return 20;
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) return limit;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new HttpProblem(400, Map.of("limit", "must be a whole number from 1 to " + MAX_LIMIT));
    }

    /** The body's {@code title}, {@code note} and {@code link} strings; a malformed body is a 400 naming it. */
    Map<String, String> jsonBody(Context ctx) {
        JsonNode json;
        try {
            json = MAPPER.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, Map.of("body", "is not valid JSON: " + e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) throw new HttpProblem(400, Map.of("body", "must be a JSON object"));
        json.fieldNames().forEachRemaining(name -> {   // a misspelt "nte" would lose the note without a word
            if (!FIELDS.contains(name)) {
                throw new HttpProblem(400, Map.of(name, "is not a field of a save; give " + String.join(", ", FIELDS)));
            }
        });
        Map<String, String> fields = new HashMap<>();
        for (String name : FIELDS) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new HttpProblem(400, Map.of(name, "must be a string"));
            }
            if (value != null && value.isTextual()) fields.put(name, value.asText());
        }
        return fields;
    }

    /** The save form posts URL-encoded fields; any other body (multipart, text, JSON) is a 415 naming it. */
    void requireForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new HttpProblem(415, Map.of("body", "must be a form (application/x-www-form-urlencoded); the JSON API"
                    + " is POST /api/saved"));
        }
    }

    /** The JSON API takes {@code application/json} only: a cross-site form can't send it without asking first. */
    void requireJson(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new HttpProblem(415, Map.of("body", "must be JSON (Content-Type: application/json)"));
        }
    }

    static HttpProblem notFound(Context ctx) {
        return new HttpProblem(404, Map.of("id", "no saved experiment has the id '" + ctx.pathParam("id") + "'"));
    }
}
