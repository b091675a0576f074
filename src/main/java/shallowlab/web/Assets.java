package shallowlab.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints for the app's own CSS, JS and images: every {@code src="/static/…"} or {@code href="/static/…"} a
 * page renders gets {@code ?v=} and the first 10 hex digits of the file's SHA-256, so the browser may keep each
 * file for a year ({@link #CACHE_CONTROL}) and still fetches a changed one at once (its URL changed). In dev the
 * files are read from ./static and not fingerprinted (they change while the page is open).
 */
public final class Assets {
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    /** What starts a reference: the attribute's quote and the static folder ({@code src="/static/…"}). */
    private static final String MARK = "=\"/static/";
    private final boolean dev;
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public Assets(boolean dev) { this.dev = dev; }

    /** The page with each reference to a static file fingerprinted (as it is, in dev or for a missing file). */
    public String fingerprint(String html) {
        if (dev) return html;
        StringBuilder out = new StringBuilder(html.length() + 512);
        int done = 0;
        for (int at = html.indexOf(MARK); at >= 0; at = html.indexOf(MARK, at + MARK.length())) {
            boolean attribute = html.startsWith("src", at - 3) || html.startsWith("href", at - 4);
            int end = html.indexOf('"', at + MARK.length());
            if (!attribute || end < 0) continue;
            String path = html.substring(at + MARK.length(), end);
            if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) continue;
            String version = version(path);
            out.append(html, done, end);
            if (!version.isEmpty()) out.append("?v=").append(version);
            done = end;
        }
        return out.append(html, done, html.length()).toString();
    }

    /** The fingerprint of static/{@code path}, or "" when there is no such file. */
    public String version(String path) {
        return versions.computeIfAbsent(path, Assets::digest);
    }

    private static String digest(String path) {
        try (InputStream in = open(path)) {
            if (in == null) return "";
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String path) throws IOException {
        if (path.contains("..")) return null;
        InputStream in = Assets.class.getResourceAsStream("/static/" + path);
        Path file = Path.of("static", path);
        return in != null ? in : Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }
}
