package shallowlab.web.bounds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shallowlab.web.SecurityHeaders;

/**
 * A request's body is received in full, without a thread waiting on it, before the app sees the request; so a
 * client sending a byte every few seconds holds a connection and a buffer, never a request thread. The body must
 * arrive within the deadline of the headers (else 408 and the connection is closed); at most {@code readers}
 * requests receive a body at once (else 503 with Retry-After at once). A body declared larger than
 * {@code maxBytes} goes on to the app unread, which refuses it from its length (413); one sent in chunks is
 * refused here once it passes {@code maxBytes}, its rest read and dropped first up to {@link #DRAIN_BYTES}, so that
 * the client hears the answer. The refusals are the API's JSON error envelope.
 */
final class BodyFirst extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(BodyFirst.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;
    private final long deadlineMillis;
    private final Semaphore readers;
    private final java.util.concurrent.atomic.AtomicLong expired = new java.util.concurrent.atomic.AtomicLong();
    /**
     * A body sent in chunks past {@code maxBytes} is read on, and dropped, up to this many bytes more before its 413:
     * answered and closed while the client was still sending, its connection was reset and the client lost the
     * answer ("received no bytes"). Past it the 413 goes at once, as before.
     */
    static final long DRAIN_BYTES = 1 << 20;

    /** Per path, the field and message of its 413 when a body sent in chunks passes {@code maxBytes}. */
    private final Map<String, Map.Entry<String, String>> tooLarge;

    BodyFirst(long maxBytes, long deadlineMillis, int readers,
              Map<String, Map.Entry<String, String>> tooLargeByPath) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLargeByPath;
        this.deadlineMillis = deadlineMillis;
        this.readers = new Semaphore(readers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean hasBody = length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
        if (!hasBody || length > maxBytes) return super.handle(request, response, callback);
        if (!readers.tryAcquire()) {
            refuse(request, response, callback, 503, "too many requests are sending a body at once; retry in a moment");
            return true;
        }
        new Receiving(request, response, callback).run();
        return true;
    }

    /** The body so far, its deadline, and who settles first: the last chunk, a failure, or the deadline. */
    private final class Receiving implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean settled = new AtomicBoolean();
        /** Bytes read and dropped past {@code maxBytes}. */
        private long drained;
        private final Scheduler.Task deadline;

        Receiving(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.deadline = request.getComponents().getScheduler().schedule(this::expire, deadlineMillis, TimeUnit.MILLISECONDS);
        }

        /** The 413 of a body sent in chunks past {@code maxBytes}: the route's own field and words, else "body". */
        private void refuseTooLarge() {
            var said = tooLarge.getOrDefault(request.getHttpURI().getPath(),
                    Map.entry("body", "is too large: a request takes at most " + maxBytes / 1024 + " KB"));
            if (settle()) refuse(request, response, callback, 413, said.getKey(), said.getValue());
        }

        /** Reads what has arrived; asks to be called again when more does. */
        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (!settle()) return;
                    if (chunk.getFailure() instanceof org.eclipse.jetty.io.EofException) {   // the client stopped short
                        LOG.info("refused {} {}: the body ended before its declared length", request.getMethod(),
                                request.getHttpURI().getPath());
                        refuse(request, response, callback, 400, "ended before its declared length (Content-Length); send it whole");
                    } else {
                        Response.writeError(request, response, callback, chunk.getFailure());
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (body.size() > maxBytes) {   // refused already: the rest is read and dropped (see DRAIN_BYTES)
                    drained += bytes.remaining();
                    chunk.release();
                    if (last || drained > DRAIN_BYTES) {
                        refuseTooLarge();
                        return;
                    }
                    continue;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                chunk.release();
                body.writeBytes(copy);
                if (body.size() > maxBytes && last) {
                    refuseTooLarge();
                    return;
                }
                if (last) {
                    if (settle()) pass(new Received(request, body.toByteArray()));
                    return;
                }
            }
        }

        private void expire() {
            if (!settle()) return;
            // One line per hundred: slow clients in numbers would otherwise write a line each.
            if (expired.getAndIncrement() % 100 == 0) LOG.info("refused {} {}: its body did not arrive within {} ms ({} bytes came)", request.getMethod(),
                    request.getHttpURI().getPath(), deadlineMillis, body.size() + (expired.get() > 1 ? " (" + expired.get() + " so far)" : ""));
            refuse(request, response, callback, 408, "did not arrive within " + deadlineMillis / 1000.0 + " s of the headers");
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) return false;
            deadline.cancel();
            readers.release();
            return true;
        }

        private void pass(Request received) {
            try {
                if (!BodyFirst.super.handle(received, response, callback)) Response.writeError(received, response, callback, 404);
            } catch (Throwable failure) {
                Response.writeError(received, response, callback, failure);
            }
        }
    }

    /** The request with its body already here: read() gives it whole, then the end. */
    private static final class Received extends Request.Wrapper {
        private final byte[] body;
        private boolean given;

        Received(Request request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public synchronized Content.Chunk read() {
            if (given) return Content.Chunk.EOF;
            given = true;
            return Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public void demand(Runnable demandCallback) { demandCallback.run(); }   // read() never answers null

        @Override
        public long getLength() { return body.length; }

        @Override
        public void fail(Throwable failure) {}
    }

    /** Answers {@code status} with {@code {"errors": {"body": message}}} and closes the connection after it. */
    private static void refuse(Request request, Response response, Callback callback, int status, String message) {
        refuse(request, response, callback, status, status == 503 ? "server" : "body", message);
    }

    /** Answers {@code status} with {@code {"errors": {field: message}}} and closes the connection after it. */
    private static void refuse(Request request, Response response, Callback callback, int status, String field,
                               String message) {
        response.setStatus(status);
        var headers = response.getHeaders();
        for (String[] h : SecurityHeaders.HEADERS) headers.put(h[0], h[1]);
        headers.put(HttpHeader.CACHE_CONTROL, "private, no-store");
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        if (status == 503) headers.put(HttpHeader.RETRY_AFTER, "1");
        String json;
        try {
            json = JSON.writeValueAsString(Map.of("errors", Map.of(field, message)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
