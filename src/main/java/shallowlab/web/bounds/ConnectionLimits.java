package shallowlab.web.bounds;

/**
 * What one client, and all of them together, may hold of the server while their requests arrive.
 *
 * @param maxConnections    open connections in all ({@code MAX_CONNECTIONS}); past it Jetty stops accepting and new
 *                          ones wait in the kernel's backlog
 * @param perClient         open connections from one address ({@code MAX_CONNECTIONS_PER_CLIENT}); past it a new
 *                          one is closed at once. Counted only when no proxy is trusted (behind one, every connection
 *                          comes from the proxy); 0 turns it off
 * @param headerSeconds     a request's line and headers must arrive within this time of their first byte, and a
 *                          new connection's first request within this time of its opening ({@code HEADER_SECONDS})
 * @param bodySeconds       a request's body must arrive within this time of its headers ({@code BODY_SECONDS})
 * @param bodyReaders       requests receiving a body at once ({@code MAX_BODY_READERS}); past it 503
 * @param idleSeconds       a connection with nothing to read or write is closed after this ({@code IDLE_SECONDS})
 * @param maxThreads        Jetty's request threads ({@code MAX_THREADS})
 */
public record ConnectionLimits(int maxConnections, int perClient, double headerSeconds, double bodySeconds,
                               int bodyReaders, double idleSeconds, int maxThreads) {

    public ConnectionLimits {
        if (maxConnections < 1) throw new IllegalArgumentException("MAX_CONNECTIONS must be at least 1, got " + maxConnections);
        if (perClient < 0) throw new IllegalArgumentException("MAX_CONNECTIONS_PER_CLIENT must be 0 (off) or more, got " + perClient);
        if (!(headerSeconds > 0)) throw new IllegalArgumentException("HEADER_SECONDS must be positive, got " + headerSeconds);
        if (!(bodySeconds > 0)) throw new IllegalArgumentException("BODY_SECONDS must be positive, got " + bodySeconds);
        if (bodyReaders < 1) throw new IllegalArgumentException("MAX_BODY_READERS must be at least 1, got " + bodyReaders);
        if (!(idleSeconds > 0)) throw new IllegalArgumentException("IDLE_SECONDS must be positive, got " + idleSeconds);
        if (maxThreads < LEAST_THREADS) {
            throw new IllegalArgumentException("MAX_THREADS must be at least " + LEAST_THREADS + ", got " + maxThreads);
        }
    }

    /** The fewest threads Jetty gets, and the fewest left beside the trainings that may hold threads (Settings). */
    public static final int LEAST_THREADS = 16;

    /** Threads for everything but trainings: short requests, event streams, Jetty's acceptor and selectors. */
    public static final int THREADS_BESIDE_TRAININGS = 64;

    /**
     * The defaults. 2,000 connections in all: idle HTTP/1.1 connections cost Jetty a few KB each, and the slow-client
     * fault test holds 1,000. 200 per address: a class of 30 browsers behind one school address, each with the six
     * connections a browser opens to one host, fits. 10 s for headers and for a body: a 64 KB body at 3G speeds
     * takes about a second. 64 bodies at once: with 72 KB at most each, under 5 MB of buffers. 30 s idle: Jetty's
     * default, and more than the longest silence of a comparison's event stream (a queued run, then a 20 s one,
     * each preceded by a comment). Threads: a training, running or queued, holds its request's thread, so
     * {@link #threadsFor} the trainings plus {@value #THREADS_BESIDE_TRAININGS} for every other request, which is
     * short (bodies arrive before a thread is given to them).
     *
     * @param trainings how many trainings may hold a thread at once: running plus queued
     */
    public static ConnectionLimits defaults(int trainings) {
        return new ConnectionLimits(2000, 200, 10, 10, 64, 30, threadsFor(trainings));
    }

    /** Jetty's threads when {@code trainings} of them may be held by trainings. */
    public static int threadsFor(int trainings) { return trainings + THREADS_BESIDE_TRAININGS; }

    public long headerMillis() { return Math.round(headerSeconds * 1000); }

    public long bodyMillis() { return Math.round(bodySeconds * 1000); }

    public long idleMillis() { return Math.round(idleSeconds * 1000); }
}
