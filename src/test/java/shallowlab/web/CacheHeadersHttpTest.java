package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.Experiment;

/**
 * Cache-Control over real HTTP: public for what is a pure function of its URL, private and unstored for what
 * depends on the visitor, the moment or a cookie being set; Strict-Transport-Security over HTTPS only, where a
 * proxy's X-Forwarded-Proto counts only when a proxy is trusted.
 */
class CacheHeadersHttpTest {
    static RunningApp app;
    /** A browser: keeps the cookie the app sets, so its later answers set none. */
    static RunningApp browser;
    static final String CANONICAL = Experiment.fromQuery(Map.of("iterations", List.of("40"))).experiment().link();

    @BeforeAll
    static void start() {
        app = new RunningApp();
        browser = app.browser();
        assertNotNull(browser.get("/learn").header("Set-Cookie"), "the first answer gives the browser its cookie");
    }

    @AfterAll
    static void stop() { app.close(); }

    static String cacheControl(RunningApp client, String path) {
        var answer = client.get(path);
        return answer.status() + " " + answer.header("Cache-Control");
    }

    @Test
    void runsAtTheirCanonicalLinkAndTheirJsonArePublic() {
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/"), "the default run");
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, CANONICAL));
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/api/experiment?iterations=40"));
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/api/experiment.csv?iterations=40"));
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/api/experiment/points.csv?iterations=40"),
                "the points a run draws, as the README says of every /api/experiment… answer");
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/api/compare?iterations=40&vary=initSeed:1,2"));
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/compare?iterations=40&vary=initSeed:1,2"));
        assertEquals("200 " + CachePolicy.PUBLIC, cacheControl(browser, "/learn"));
    }

    /**
     * What a shared cache keeps, it keeps per Accept-Encoding: each of these answers comes gzipped to a client that
     * accepts it, and as text to one that does not.
     */
    @Test
    void publicAnswersThatMayComeGzippedVaryByAcceptEncoding() {
        String css = browser.get("/").body().replaceFirst("(?s).*href=\"(/static/css/app\\.css[^\"]*)\".*", "$1");
        for (String path : List.of("/", "/api/experiment?iterations=40", "/api/experiment.csv?iterations=40",
                "/api/experiment/data.csv?iterations=40", "/api/compare?iterations=40&vary=initSeed:1,2", "/learn", css)) {
            var gzipped = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.base() + path))
                    .header("Accept-Encoding", "gzip"));
            assertEquals("gzip", gzipped.header("Content-Encoding"), path);
            assertEquals("Accept-Encoding", gzipped.header("Vary"), path);
            var plain = browser.get(path);
            assertNull(plain.header("Content-Encoding"), path);
            assertEquals("Accept-Encoding", plain.header("Vary"), path);
        }
    }

    @Test
    void theSameRunAtAnotherSpellingOfItsLinkIsNotStoredInSharedCaches() {
        assertEquals("200 " + CachePolicy.PRIVATE, cacheControl(browser, "/?iterations=40"));
    }

    @Test
    void anAnswerThatSetsACookieIsPrivateEvenForAPublicPage() {
        var first = app.get(CANONICAL);   // this client keeps no cookies: every answer sets one
        assertNotNull(first.header("Set-Cookie"));
        assertEquals(CachePolicy.PRIVATE, first.header("Cache-Control"));
    }

    @Test
    void whatDependsOnTheVisitorOrTheMomentIsPrivateAndUnstored() {
        assertEquals("200 " + CachePolicy.PRIVATE, cacheControl(browser, "/saved"));
        assertEquals("200 " + CachePolicy.PRIVATE, cacheControl(browser, "/api/saved"));
        assertEquals("200 " + CachePolicy.PRIVATE, cacheControl(browser, "/health"));
        assertEquals("200 " + CachePolicy.PRIVATE, cacheControl(browser, "/health/ready"));
        var saved = browser.postJson("/api/saved", "{\"title\": \"t\", \"link\": \"" + CANONICAL + "\"}");
        assertEquals("201 " + CachePolicy.PRIVATE, saved.status() + " " + saved.header("Cache-Control"));
        var form = browser.postForm("/x", "link=" + java.net.URLEncoder.encode(CANONICAL, java.nio.charset.StandardCharsets.UTF_8), browser.base());
        assertEquals(CachePolicy.PRIVATE, form.header("Cache-Control"), "the answer to POST /x (" + form.status() + ")");
    }

    @Test
    void errorsAndRefusalsAreUnstored() {
        assertEquals("400 " + CachePolicy.PRIVATE, cacheControl(browser, "/api/experiment?iterations=-1"));
        assertEquals("400 " + CachePolicy.PRIVATE, cacheControl(browser, "/?iterations=-1"));
        assertEquals("404 " + CachePolicy.PRIVATE, cacheControl(browser, "/nothing-here"));
        assertEquals("404 " + CachePolicy.PRIVATE, cacheControl(browser, "/learn/no-such-guide"));
    }

    @Test
    void strictTransportSecurityOnlyWhenATrustedProxySaysHttps() {
        var https = app.send(app.request("/health").header("X-Forwarded-Proto", "https"));
        assertNull(https.header("Strict-Transport-Security"), "no proxy is trusted: the header is the client's word");
        assertNull(app.get("/health").header("Strict-Transport-Security"), "plain HTTP");
        try (var proxied = new RunningApp(Settings.defaults().withTrustedProxies(1))) {
            var viaProxy = proxied.send(proxied.request("/health").header("X-Forwarded-Proto", "https"));
            assertEquals(SecurityHeaders.STRICT_TRANSPORT_SECURITY, viaProxy.header("Strict-Transport-Security"));
            var plainViaProxy = proxied.send(proxied.request("/health").header("X-Forwarded-Proto", "http"));
            assertNull(plainViaProxy.header("Strict-Transport-Security"), "the proxy says plain HTTP");
        }
    }
}
