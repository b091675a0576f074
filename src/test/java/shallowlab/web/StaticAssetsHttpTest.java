package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shallowlab.AppTest;

/**
 * The app's static files: every page refers to each by a URL carrying the first 10 hex digits of the SHA-256 of the
 * bytes served there, and they are served cacheable for a year, so a changed file is a new URL.
 */
class StaticAssetsHttpTest extends AppTest {
    static final Pattern STATIC = Pattern.compile("(?:src|href)=\"(/static/[^\"]+)\"");
    static final Pattern FINGERPRINTED = Pattern.compile("/static/[^\"?#]+\\?v=([0-9a-f]{10})");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare?iterations=50&vary=hidden:1,2&static=1", "/learn", "/learn/zero-init"})
    void everyReferenceIsFingerprintedByTheServedBytesAndCachedForAYear(String page) throws Exception {
        String html = app.get(page).body();
        Matcher m = STATIC.matcher(html);
        int checked = 0;
        while (m.find()) {
            String url = m.group(1).replace("&amp;", "&");
            Matcher f = FINGERPRINTED.matcher(url);
            assertTrue(f.matches(), "not fingerprinted: " + url);
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(app.request(url).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), url);
            assertEquals(Assets.CACHE_CONTROL, file.headers().firstValue("Cache-Control").orElse(null), url);
            byte[] bytes = file.body();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
            assertEquals(digest, f.group(1), "the fingerprint of " + url + " is its content's");
            checked++;
        }
        assertTrue(checked >= 3, checked + " static references on " + page);
        assertFalse(html.contains("\"/static/js/lab.js\""), "no bare reference left");
    }
}
