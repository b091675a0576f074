package shallowlab.web.compare;

import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Gzip for the comparison's event stream, which Javalin's own compression leaves alone (it compresses results,
 * and a stream is written event by event). Each event is flushed as a gzip sync-flush block, so the browser can
 * decode a run as soon as it arrives; the JSON of numbers shrinks to about a third.
 */
public final class EventCompression {
    private EventCompression() {}

    /** A handler that gzips {@value CompareController#EVENTS_PATH}'s answers for clients that accept gzip. */
    public static GzipHandler handler() {
        GzipHandler gzip = new GzipHandler() {
            /** Jetty excludes event streams by default (for lack of flushing); this one flushes each event. */
            @Override
            public boolean isMimeTypeDeflatable(String type) {
                return type != null && type.startsWith("text/event-stream");
            }
        };
        gzip.setIncludedPaths(CompareController.EVENTS_PATH);
        gzip.setMinGzipSize(32);
        gzip.setSyncFlush(true);
        return gzip;
    }
}
