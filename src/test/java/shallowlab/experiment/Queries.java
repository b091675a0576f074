package shallowlab.experiment;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query strings as a server hands them to us: {@code a=1&b=2&a=3} → {a: [1, 3], b: [2]}. */
final class Queries {
    private Queries() {}

    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (query.isEmpty()) return map;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            map.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
        }
        return map;
    }

    private static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }
}
