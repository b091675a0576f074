package shallowlab;

import java.util.Map;
import shallowlab.experiment.RunLimits;
import shallowlab.store.StoreSettings;
import shallowlab.web.datasets.UploadLimits;

/**
 * Everything the app reads from its environment, read once at start-up; every value has a working default.
 *
 * @param port           HTTP port ({@code PORT}, default 7070)
 * @param dev            templates and static files from the working directory, uncached ({@code APP_DEV=1})
 * @param limits         what one run may cost and how many run at once ({@code MAX_RUN_WORK}, ...)
 * @param cacheMegabytes memory for cached runs ({@code RUN_CACHE_MB}, default 64)
 * @param trustProxy     take the client's address from X-Forwarded-For ({@code TRUST_PROXY=1}, behind a proxy)
 * @param store          where saved experiments live: {@code JDBC_DATABASE_URL} or {@code DATABASE_URL}
 *                       (PostgreSQL), else an embedded H2 database in {@code DATA_DIR} (default ./data)
 * @param uploads        how many datasets the store keeps and how often a client may upload ({@code MAX_DATASETS},
 *                       {@code UPLOADS_PER_MINUTE}, {@code UPLOAD_BURST})
 */
public record Settings(int port, boolean dev, RunLimits limits, long cacheMegabytes, boolean trustProxy,
                       StoreSettings store, UploadLimits uploads) {

    public static final int DEFAULT_PORT = 7070;

    /** Settings for tests and embedding: default port, resources from the classpath, default limits. */
    public static Settings defaults() {
        return fromEnvironment(Map.of());
    }

    public Settings withLimits(RunLimits newLimits) {
        return new Settings(port, dev, newLimits, cacheMegabytes, trustProxy, store, uploads);
    }

    public Settings withStore(StoreSettings newStore) {
        return new Settings(port, dev, limits, cacheMegabytes, trustProxy, newStore, uploads);
    }

    public Settings withUploads(UploadLimits newUploads) {
        return new Settings(port, dev, limits, cacheMegabytes, trustProxy, store, newUploads);
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        var read = new Reader(env);
        RunLimits d = RunLimits.defaults();
        var limits = new RunLimits(read.number("MAX_RUN_WORK", d.maxWork()), read.decimal("MAX_RUN_SECONDS", d.maxSeconds()),
                (int) read.number("MAX_CONCURRENT_RUNS", d.maxConcurrent()), (int) read.number("MAX_QUEUED_RUNS", d.maxQueued()),
                read.decimal("QUEUE_WAIT_SECONDS", d.queueSeconds()), read.decimal("RUNS_PER_MINUTE", d.runsPerMinute()),
                (int) read.number("RUN_BURST", d.burst()));
        return new Settings((int) read.number("PORT", DEFAULT_PORT), read.flag("APP_DEV"), limits,
                read.number("RUN_CACHE_MB", 64), read.flag("TRUST_PROXY"), StoreSettings.fromEnvironment(env),
                uploads(read));
    }

    private static UploadLimits uploads(Reader read) {
        UploadLimits d = UploadLimits.defaults();
        return new UploadLimits((int) read.number("MAX_DATASETS", d.maxDatasets()),
                read.decimal("UPLOADS_PER_MINUTE", d.perMinute()), (int) read.number("UPLOAD_BURST", d.burst()));
    }

    /** Reads typed values; a malformed one stops start-up with a message naming the variable. */
    private record Reader(Map<String, String> env) {
        long number(String name, long fallback) {
            String v = env.get(name);
            if (v == null || v.isBlank()) return fallback;
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer, got '" + v + "'");
            }
        }

        double decimal(String name, double fallback) {
            String v = env.get(name);
            if (v == null || v.isBlank()) return fallback;
            try {
                return Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, got '" + v + "'");
            }
        }

        boolean flag(String name) { return "1".equals(env.get(name)) || "true".equalsIgnoreCase(env.get(name)); }
    }
}
