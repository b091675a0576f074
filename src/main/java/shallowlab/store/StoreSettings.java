package shallowlab.store;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which database to use and how to log in. User and password may be null when the URL carries them.
 *
 * @param jdbcUrl  a {@code jdbc:} URL
 * @param user     login name, or null
 * @param password password, or null
 */
public record StoreSettings(String jdbcUrl, String user, String password) {

    /** The database file's name (without H2's {@code .mv.db}) inside the data folder. */
    public static final String H2_FILE = "shallowlab";

    public StoreSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a database URL must start with 'jdbc:', got '" + jdbcUrl + "'");
        }
    }

    /**
     * Reads, in this order: {@code JDBC_DATABASE_URL} (with {@code JDBC_DATABASE_USERNAME} and
     * {@code JDBC_DATABASE_PASSWORD}); {@code DATABASE_URL} as {@code postgres://user:pass@host:port/db}
     * (or {@code postgresql://}, or already a jdbc URL); else embedded H2 in {@code DATA_DIR} (default {@code ./data}).
     */
    public static StoreSettings fromEnvironment(Map<String, String> env) {
        String jdbc = nonBlank(env.get("JDBC_DATABASE_URL"));
        if (jdbc != null) {
            return new StoreSettings(jdbc, nonBlank(env.get("JDBC_DATABASE_USERNAME")), env.get("JDBC_DATABASE_PASSWORD"));
        }
        String url = nonBlank(env.get("DATABASE_URL"));
        if (url != null) return url.startsWith("jdbc:") ? new StoreSettings(url, null, null) : fromDatabaseUrl(url);
        String dir = nonBlank(env.get("DATA_DIR"));
        return h2(Path.of(dir == null ? "data" : dir));
    }

    /**
     * Embedded H2 in {@code dir}. {@code WRITE_DELAY=0} makes every commit write to the file before it returns
     * (H2's default, 500 ms, leaves committed rows in memory that a killed process loses); each write is then
     * kept across kill -9 by the journal ({@link DurableWrites}). {@code DB_CLOSE_ON_EXIT=FALSE} turns off H2's own
     * shutdown hook, which closed the database while the server was still answering requests on SIGTERM: the
     * app closes the store itself, after the last request. {@code IFEXISTS} is not set: a missing file is a new,
     * empty store (see {@link StoreFiles} for a file that is there but damaged).
     */
    public static StoreSettings h2(Path dir) {
        Path file = dir.toAbsolutePath().normalize().resolve(H2_FILE);
        return new StoreSettings("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** {@code postgres://user:pass@host:port/db?params} → {@code jdbc:postgresql://host:port/db?params} and login. */
    static StoreSettings fromDatabaseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a URL: " + e.getMessage());
        }
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or postgresql://");
        }
        if (uri.getHost() == null) throw new IllegalArgumentException("DATABASE_URL has no host");
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
        String info = uri.getRawUserInfo();
        if (info == null) return new StoreSettings(jdbc, null, null);
        int colon = info.indexOf(':');
        return colon < 0
                ? new StoreSettings(jdbc, decode(info), null)
                : new StoreSettings(jdbc, decode(info.substring(0, colon)), decode(info.substring(colon + 1)));
    }

    /** Percent-decoding as in URLs ({@code +} stays a plus, unlike form decoding). */
    private static String decode(String raw) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The folder of the embedded H2 file database, empty for any other database (PostgreSQL, H2 in memory). */
    public java.util.Optional<Path> embeddedFolder() {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) return java.util.Optional.empty();
        int end = jdbcUrl.indexOf(';');
        Path file = Path.of(jdbcUrl.substring(prefix.length(), end < 0 ? jdbcUrl.length() : end));
        return file.getFileName().toString().equals(H2_FILE) ? java.util.Optional.ofNullable(file.getParent())
                : java.util.Optional.empty();
    }

    /** Whether this is the embedded H2 database, a file on this machine's disk. */
    public boolean isEmbedded() { return jdbcUrl.startsWith("jdbc:h2:"); }

    /** Never shows the password (nor one inside the URL's query). */
    @Override
    public String toString() {
        String url = jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
        return "StoreSettings[" + url + ", user=" + user + (password == null ? "" : ", password=***") + "]";
    }
}
