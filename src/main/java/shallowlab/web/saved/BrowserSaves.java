package shallowlab.web.saved;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import shallowlab.store.IdSource;

/**
 * The saves made from this browser, newest first: their ids in a cookie ({@code saves}, HttpOnly, SameSite=Lax),
 * at most {@value #KEPT}. Nobody else's saves are listed, and a save's id is known only to whoever made or was
 * given its link.
 */
final class BrowserSaves {
    static final String COOKIE = "saves";
    static final int KEPT = 50;
    private static final int COOKIE_SECONDS = 400 * 24 * 3600;

    private BrowserSaves() {}

    /** The ids this browser sent back, newest first (malformed ones dropped). */
    static List<String> ids(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null || value.isBlank()) return List.of();
        return Arrays.stream(value.split("\\.")).filter(IdSource::isWellFormed).distinct().limit(KEPT).toList();
    }

    /** Puts {@code id} first in this browser's list (the oldest past {@value #KEPT} drop off). */
    static void add(Context ctx, String id) {
        List<String> ids = new ArrayList<>(ids(ctx));
        ids.remove(id);
        ids.add(0, id);
        String value = String.join(".", ids.subList(0, Math.min(KEPT, ids.size())));
        ctx.cookie(new Cookie(COOKIE, value, "/", COOKIE_SECONDS, "https".equals(ctx.scheme()), true, null, SameSite.LAX));
    }
}
