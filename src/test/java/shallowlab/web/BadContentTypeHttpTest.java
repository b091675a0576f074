package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shallowlab.AppTest;

/** A charset the server doesn't know, or a malformed Origin, is the client's mistake: a 4xx naming it, never a 500. */
class BadContentTypeHttpTest extends AppTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/saved    | application/json; charset=nope",
        "/api/saved    | application/json; charset=\"\"",
        "/x            | application/x-www-form-urlencoded; charset=foo",
        "/api/datasets | text/csv; charset=zzz",
        "/api/datasets | text/csv; charset=ü"})
    void anUnknownCharsetIs415NamingTheBody(String path, String type) {
        var answer = app.post(path, type, "link=%2F");
        assertEquals(415, answer.status(), answer.body());
        if (path.startsWith("/api/")) assertTrue(answer.body().contains("\"body\":\"charset"), answer.body());
        else assertTrue(answer.body().contains("send UTF-8"), answer.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/saved | http://a b", "/x | file://", "/api/saved | http://[::1",
        "/x | http://[::1"})
    void aMalformedOriginIsRefusedAsForeign(String path, String origin) {
        var answer = path.equals("/x") ? app.postForm(path, "link=%2F", origin)
                : app.send(app.request(path).header("Content-Type", "application/json").header("Origin", origin)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"link\":\"/\"}")));
        assertEquals(403, answer.status(), answer.body());
    }

    @ParameterizedTest
    @CsvSource({"/api/saved, application/json", "/x, application/x-www-form-urlencoded"})
    void aDeclaredBodyOverTheCapIs413AtOnceAsJsonUnderTheApi(String path, String type) {
        var answer = app.post(path, type, "a".repeat(70_000));
        assertEquals(413, answer.status(), answer.body());
        if (path.startsWith("/api/")) {
            assertEquals("application/json", answer.header("Content-Type").split(";")[0]);
            assertTrue(answer.body().contains("\"body\":\"is too large"), answer.body());
        } else {
            assertTrue(answer.body().contains("is too large"), answer.body());
        }
    }

    /** A body cut short (the client declared 500 bytes, sent 20 and stopped): a 400 naming the body, never a 500. */
    @ParameterizedTest
    @CsvSource({"/api/datasets, text/csv", "/api/saved, application/json", "/x, application/x-www-form-urlencoded"})
    void aBodyCutShortIsA400(String path, String type) throws Exception {
        int port = Integer.parseInt(app.base().replaceAll(".*:", ""));
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nContent-Length: 500\r\n\r\nx1,x2,label\n1,2,0\n3,").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            if (path.startsWith("/api/")) assertTrue(answer.contains("\"body\":"), answer);
        }
    }
}
