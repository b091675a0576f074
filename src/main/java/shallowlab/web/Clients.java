package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who is asking. The address: behind {@code trustedProxies} proxies (each appends the address it was reached from to
 * {@code X-Forwarded-For}), the entry that many from the right, the one the outermost trusted proxy saw; with none,
 * or a header too short to hold it, the socket peer. Entries further left are written by the client and never read.
 * The browser: a random id in an HttpOnly cookie this server sets, so browsers behind one address (a class) are
 * told apart; null for a client that has not sent one back yet.
 */
public final class Clients {
    public static final String BROWSER_COOKIE = "browser";
    private static final Pattern BROWSER_ID = Pattern.compile("[0-9a-f]{32}");
    private static final int COOKIE_SECONDS = 400 * 24 * 3600;
    private final int trustedProxies;
    private final SecureRandom random = new SecureRandom();

    public Clients(int trustedProxies) {
        if (trustedProxies < 0) throw new IllegalArgumentException("trusted proxies must be 0 or more, got " + trustedProxies);
        this.trustedProxies = trustedProxies;
    }

    /** The client's address, the same one for limits and logs. */
    public String address(Context ctx) {
        if (trustedProxies == 0) return ctx.ip();
        List<String> hops = forwarded(java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        return hops.size() >= trustedProxies ? hops.get(hops.size() - trustedProxies) : ctx.ip();
    }

    /** Every entry of every {@code X-Forwarded-For} header, in order, trimmed, empty ones dropped. */
    static List<String> forwarded(List<String> headers) {
        return headers.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Whether the browser reached us over HTTPS: the connection is TLS, or a proxy is trusted ({@code TRUST_PROXY}
     * above 0) and says so in {@code X-Forwarded-Proto}. Without a trusted proxy the header is the client's own
     * word and is never read.
     */
    public boolean isHttps(Context ctx) {
        if ("https".equals(ctx.scheme())) return true;
        return trustedProxies > 0 && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** The id this browser sent back, or null (no cookie, or not one of ours). */
    public String browser(Context ctx) {
        String id = ctx.cookie(BROWSER_COOKIE);
        return id != null && BROWSER_ID.matcher(id).matches() ? id : null;
    }

    /** The browser's id, setting a fresh one (HttpOnly, SameSite=Lax) when it has none. */
    public String browserOrNew(Context ctx) {
        String id = browser(ctx);
        if (id != null) return id;
        id = (String) ctx.attribute(BROWSER_COOKIE);
        if (id != null) return id;
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        id = HexFormat.of().formatHex(bytes);
        ctx.attribute(BROWSER_COOKIE, id);
        ctx.cookie(new Cookie(BROWSER_COOKIE, id, "/", COOKIE_SECONDS, isHttps(ctx), true, null, SameSite.LAX));
        return id;
    }
}
