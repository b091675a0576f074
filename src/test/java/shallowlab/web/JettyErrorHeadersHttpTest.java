package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shallowlab.AppTest;

/** The answers Jetty writes by itself, before any route runs, carry the app's security headers too. */
class JettyErrorHeadersHttpTest extends AppTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"unknown version, 505", "garbage request line, 400", "URI too long, 414", "headers too large, 431"})
    void jettysOwnErrorAnswersCarryTheSecurityHeaders(String kind, int status) throws Exception {
        String request = switch (kind) {
            case "unknown version" -> "GET / HTTP/9.9\r\nHost: x\r\n\r\n";
            case "garbage request line" -> "GARBAGE\r\n\r\n";
            case "URI too long" -> "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
            default -> "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n";
        };
        String head = rawHead(request);
        assertTrue(head.startsWith("HTTP/1.1 " + status), head);
        for (String[] h : SecurityHeaders.HEADERS) assertTrue(head.contains(h[0] + ": " + h[1]), h[0] + " in\n" + head);
    }

    /**
     * Jetty's own refusals come in the API's JSON envelope, naming what was wrong, where Jetty wrote an HTML page (a
     * client parsing every error as JSON failed on them).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"URI too long, 414, longer than this server reads", "undecodable path, 400, could not be read"})
    void underTheApiJettysOwnErrorsAreTheApisJson(String kind, int status, String said) throws Exception {
        String target = kind.equals("URI too long") ? "/api/experiment?x=" + "a".repeat(20_000) : "/api/saved/%00";
        String answer = app.rawGet(target);
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        assertTrue(answer.contains("Content-Type: application/json"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        var errors = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("errors");
        assertTrue(errors.get("request").asText().contains(said), body);
    }

    /** The status line and headers the server answers {@code request} with, read until the blank line. */
    private static String rawHead(String request) throws Exception {
        try (Socket socket = new Socket("localhost", URI.create(app.base()).getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) break;
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
