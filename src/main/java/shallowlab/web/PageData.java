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
        return plain(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The same JSON with nothing escaped, for an API's answer (no page around it): links read with their '&'. */
    public static String plain(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page data is not serialisable", e);
        }
    }
}
