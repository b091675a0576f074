package shallowlab.web;

import io.javalin.http.Context;

/**
 * Headers sent with every response: no inline script or eval, no framing, no MIME sniffing; and over HTTPS
 * (see {@link Clients#isHttps}) {@code Strict-Transport-Security}, so the browser asks over HTTPS only for a year.
 * Not over plain HTTP: a browser ignores it there, and a local or test server must stay reachable without TLS.
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    /** The headers, name then value. */
    public static final java.util.List<String[]> HEADERS = java.util.List.of(
            new String[] {"Content-Security-Policy", CONTENT_SECURITY_POLICY},
            new String[] {"X-Content-Type-Options", "nosniff"},
            new String[] {"X-Frame-Options", "DENY"},
            new String[] {"Referrer-Policy", "strict-origin-when-cross-origin"});

    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /** Sets the headers before every route; {@code clients} tells whether the request came over HTTPS. */
    public static io.javalin.http.Handler apply(Clients clients) {
        return ctx -> {
            for (String[] h : HEADERS) ctx.header(h[0], h[1]);
            if (clients.isHttps(ctx)) ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        };
    }
}
