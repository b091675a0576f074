package shallowlab.web;

import io.javalin.http.Context;

/** Headers sent with every response: no inline script or eval, no framing, no MIME sniffing. */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    /** The headers, name then value. */
    static final java.util.List<String[]> HEADERS = java.util.List.of(
            new String[] {"Content-Security-Policy", CONTENT_SECURITY_POLICY},
            new String[] {"X-Content-Type-Options", "nosniff"},
            new String[] {"X-Frame-Options", "DENY"},
            new String[] {"Referrer-Policy", "strict-origin-when-cross-origin"});

    public static void apply(Context ctx) {
        for (String[] h : HEADERS) ctx.header(h[0], h[1]);
    }

    /**
     * Jetty's own error answers (a malformed request line, a URI or headers too long, an unknown HTTP version),
     * written before any route runs, with the same headers.
     */
    public static org.eclipse.jetty.server.handler.ErrorHandler jettyErrors() {
        return new org.eclipse.jetty.server.handler.ErrorHandler() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) throws Exception {
                for (String[] h : HEADERS) response.getHeaders().put(h[0], h[1]);
                return super.handle(request, response, callback);
            }
        };
    }
}
