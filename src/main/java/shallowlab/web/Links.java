package shallowlab.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A site link such as {@code /?dataset=flower&points=400} taken apart into its path and query parameters. */
public record Links(String path, Map<String, List<String>> query) {

    /** The parts of {@code link}, or null when it is not a link into this site ("/…", no scheme or host). */
    public static Links parse(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//")) return null;
        int q = link.indexOf('?');
        String path = q < 0 ? link : link.substring(0, q);
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (q >= 0 && q + 1 < link.length()) {
            for (String pair : link.substring(q + 1).split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key == null || value == null) return null;
                query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new Links(path, query);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
