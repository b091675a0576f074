package shallowlab;

import java.util.Map;
import shallowlab.experiment.RunLimits;
import shallowlab.store.StoreSettings;
import shallowlab.web.bounds.ConnectionLimits;
import shallowlab.web.datasets.UploadLimits;

/**
 * Everything the app reads from its environment, read once at start-up; every value has a working default.
 *
 * @param port           HTTP port ({@code PORT}, default 7070)
 * @param dev            templates and static files from the working directory, uncached ({@code APP_DEV=1})
 * @param limits         what one run may cost and how many run at once ({@code MAX_RUN_WORK}, ...)
 * @param caches         memory for cached runs ({@code RUN_CACHE_MB}, default 64) and for the pages and JSON texts
 *                       written from them ({@code PAGE_CACHE_MB}, default 32)
 * @param trustedProxies proxies in front that append to X-Forwarded-For ({@code TRUST_PROXY=N}, default 0): the
 *                       client is the address N from the right of that header ({@code true} reads as 1)
 * @param store          where saved experiments live: {@code JDBC_DATABASE_URL} or {@code DATABASE_URL}
 *                       (PostgreSQL), else an embedded H2 database in {@code DATA_DIR} (default ./data)
 * @param uploads        how many datasets the store keeps and how often a client may upload ({@code MAX_DATASETS},
 *                       {@code UPLOADS_PER_MINUTE}, {@code UPLOAD_BURST})
 * @param ephemeralDisk  the host's disk is wiped on restart ({@code DYNO} is set, as on Heroku-style hosts)
 * @param connections    what slow and greedy clients may hold: connections in all and per address, deadlines for
 *                       headers and bodies, bodies at once, idle timeout, threads ({@code MAX_CONNECTIONS}, ...)
 */
public record Settings(int port, boolean dev, RunLimits limits, CacheSizes caches, int trustedProxies,
                       StoreSettings store, UploadLimits uploads, boolean ephemeralDisk,
                       ConnectionLimits connections) {

    public static final int DEFAULT_PORT = 7070;

    /** Megabytes for cached runs and, separately, for the texts (JSON, pages) written from them. */
    public record CacheSizes(long runMegabytes, long pageMegabytes) {}

    /** Settings for tests and embedding: default port, resources from the classpath, default limits. */
    public static Settings defaults() {
        return fromEnvironment(Map.of());
    }

    public Settings withLimits(RunLimits newLimits) {
        return new Settings(port, dev, newLimits, caches, trustedProxies, store, uploads, ephemeralDisk, connections);
    }

    public Settings withTrustedProxies(int proxies) {
        return new Settings(port, dev, limits, caches, proxies, store, uploads, ephemeralDisk, connections);
    }

    public Settings withStore(StoreSettings newStore) {
        return new Settings(port, dev, limits, caches, trustedProxies, newStore, uploads, ephemeralDisk, connections);
    }

    public Settings withUploads(UploadLimits newUploads) {
        return new Settings(port, dev, limits, caches, trustedProxies, store, newUploads, ephemeralDisk, connections);
    }

    public Settings withConnections(ConnectionLimits newConnections) {
        return new Settings(port, dev, limits, caches, trustedProxies, store, uploads, ephemeralDisk, newConnections);
    }

    /** Saves go to an embedded database on a disk the host wipes: they last until the next restart. */
    public boolean savesTemporary() { return ephemeralDisk && store.isEmbedded(); }

    public static Settings fromEnvironment(Map<String, String> env) {
        var read = new Reader(env);
        RunLimits d = RunLimits.defaults();
        var limits = new RunLimits(read.number("MAX_RUN_WORK", d.maxWork()), read.decimal("MAX_RUN_SECONDS", d.maxSeconds()),
                (int) read.number("MAX_CONCURRENT_RUNS", d.maxConcurrent()), (int) read.number("MAX_QUEUED_RUNS", d.maxQueued()),
                read.decimal("QUEUE_WAIT_SECONDS", d.queueSeconds()), read.decimal("RUNS_PER_MINUTE", d.runsPerMinute()),
                (int) read.number("RUN_BURST", d.burst()), read.decimal("ADDRESS_RUNS_PER_MINUTE", d.addressPerMinute()),
                (int) read.number("ADDRESS_BURST", d.addressBurst()), (int) read.number("SWEEP_QUEUE", d.sweepQueue()));
        return new Settings((int) read.number("PORT", DEFAULT_PORT), read.flag("APP_DEV"), limits,
                new CacheSizes(read.number("RUN_CACHE_MB", 64), read.number("PAGE_CACHE_MB", 32)), read.proxies(), StoreSettings.fromEnvironment(env),
                uploads(read), env.containsKey("DYNO"), connections(read, limits));
    }

    private static UploadLimits uploads(Reader read) {
        UploadLimits d = UploadLimits.defaults();
        return new UploadLimits((int) read.number("MAX_DATASETS", d.maxDatasets()),
                read.decimal("UPLOADS_PER_MINUTE", d.perMinute()), (int) read.number("UPLOAD_BURST", d.burst()));
    }

    /**
     * The connection limits; the default thread count follows the run limits, since every running or queued training
     * holds a thread. A {@code MAX_THREADS} too small for them stops start-up: past it the queue would never fill and
     * runs would wait unseen in Jetty's own queue.
     */
    private static ConnectionLimits connections(Reader read, RunLimits limits) {
        int trainings = limits.maxConcurrent() + limits.maxQueued();
        ConnectionLimits d = ConnectionLimits.defaults(trainings);
        var c = new ConnectionLimits((int) read.number("MAX_CONNECTIONS", d.maxConnections()),
                (int) read.number("MAX_CONNECTIONS_PER_CLIENT", d.perClient()), read.decimal("HEADER_SECONDS", d.headerSeconds()),
                read.decimal("BODY_SECONDS", d.bodySeconds()), (int) read.number("MAX_BODY_READERS", d.bodyReaders()),
                read.decimal("IDLE_SECONDS", d.idleSeconds()), (int) read.number("MAX_THREADS", d.maxThreads()));
        int least = trainings + ConnectionLimits.LEAST_THREADS;
        if (c.maxThreads() < least) {
            throw new IllegalArgumentException("MAX_THREADS must be at least MAX_CONCURRENT_RUNS + MAX_QUEUED_RUNS + "
                    + ConnectionLimits.LEAST_THREADS + " = "
                    + least + " (each running or queued training holds a thread), got " + c.maxThreads());
        }
        return c;
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

        /** {@code TRUST_PROXY}: a count of proxies, 0 or more; {@code true} (the old flag) is one. */
        int proxies() {
            if ("true".equalsIgnoreCase(env.get("TRUST_PROXY"))) return 1;
            long n = number("TRUST_PROXY", 0);
            if (n < 0 || n > 10) throw new IllegalArgumentException("TRUST_PROXY must be a count of proxies, 0 to 10, got " + n);
            return (int) n;
        }

        boolean flag(String name) { return "1".equals(env.get(name)) || "true".equalsIgnoreCase(env.get(name)); }
    }
}
