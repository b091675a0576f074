package shallowlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, written before any route runs (a malformed request line, a URI or headers too long, an
 * unknown HTTP version, a path it won't decode): with the app's security headers ({@link SecurityHeaders}), in the
 * API's JSON envelope, {@code {"errors": {"request": "…"}}}, where Jetty wrote an HTML page. Such a request reaches
 * here without its path or headers (Jetty could not read them), so there is no telling a browser's page from an API
 * call: JSON serves the client that parses it, and a browser shows it as text.
 */
public final class JettyErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        for (String[] h : SecurityHeaders.HEADERS) response.getHeaders().put(h[0], h[1]);
        response.getHeaders().put("Cache-Control", CachePolicy.PRIVATE);
        if (request.isSecure()) response.getHeaders().put("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        byte[] body = envelope(code, message).getBytes(StandardCharsets.UTF_8);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The error as the API writes its own: what was wrong with the request, in words. */
    static String envelope(int code, String message) {
        String said = switch (code) {
            case 414 -> "its URI is longer than this server reads (8 KB): send fewer or shorter keys";
            case 431 -> "its headers are larger than this server reads (8 KB)";
            default -> "could not be read: " + (message == null || message.isBlank() ? HttpStatus.getMessage(code) : message);
        };
        try {
            return JSON.writeValueAsString(Map.of("errors", Map.of("request", said)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
