package shallowlab.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An API query whose percent-encoding is broken ({@code %zz}, a lone {@code %}) is a 400 naming the key it is in:
 * Javalin decodes such a pair to nothing, so {@code ?%zz=1} ran the default experiment and {@code hidden=%zz} was
 * told "is required".
 */
public final class QueryEncoding {
    /** A % not followed by two hexadecimal digits. */
    private static final Pattern BROKEN = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private QueryEncoding() {}

    /** Before every route under /api/: throws the 400 for the first pair with a broken escape. */
    public static void check(Context ctx) {
        String query = ctx.queryString();
        if (query == null || !ctx.path().startsWith("/api/")) return;
        for (String pair : query.split("&")) {
            if (!BROKEN.matcher(pair).find()) continue;
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String named = BROKEN.matcher(key).find() || key.isEmpty() ? "query" : key;
            throw new HttpProblem(400, Map.of(named, "has a % not followed by two hexadecimal digits ('" + pair
                    + "'): write a % itself as %25"));
        }
    }
}
