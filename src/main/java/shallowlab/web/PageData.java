package shallowlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Data for a page's scripts, as JSON text safe to place inside {@code <script type="application/json">}:
 * '<', '>' and '&' are written as JSON escapes, so the text can never close the script element.
 */
public final class PageData {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PageData() {}

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page data is not serialisable", e);
        }
    }
}
