package shallowlab.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shallowlab.experiment.Param;

/**
 * What an HTML page reads of its query: the experiment's keys and the page's own, nothing else. A shared link often
 * comes back with keys a messenger or a mail tool appended ({@code fbclid}, {@code utm_source}, …); the page shows
 * the run of the link without them, and its share and save links, being canonical, leave them out. The API under
 * {@code /api/} reads the whole query and names an unknown key (400): a client's misspelt key must not silently
 * run the default.
 */
public final class PageQuery {
    private PageQuery() {}

    /**
     * Whether {@code key} is one a messenger, a mail tool or an ad network appends to a shared link ({@code utm_…},
     * click ids such as {@code fbclid}): not a parameter misspelt, so a save through the API drops it as a page does.
     */
    public static boolean isTracking(String key) {
        return key.startsWith("utm_") || TRACKING.contains(key);
    }

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok");

    /** {@code query} with only the experiment's keys, in its order (the lab page's query). */
    public static Map<String, List<String>> known(Map<String, List<String>> query) {
        return known(query, Set.of());
    }

    /** {@code query} with only the experiment's keys and {@code pageKeys}, in its order. */
    public static Map<String, List<String>> known(Map<String, List<String>> query, Set<String> pageKeys) {
        Map<String, List<String>> known = new LinkedHashMap<>(query);
        known.keySet().removeIf(key -> Param.fromKey(key) == null && !pageKeys.contains(key));
        return known;
    }
}
