package shallowlab.web.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.Run;

/** The comparison's event stream is gzipped for clients that accept it, each event decodable as it arrives. */
class EventCompressionHttpTest {
    static final String SWEEP = "/compare/events?iterations=200&vary=initSeed:1,2";

    /** Holds the run of seed 2 until the client has decoded the event of seed 1, or 20 s have passed. */
    static final class HoldingSecond extends ExperimentRunner {
        final CountDownLatch firstDecoded = new CountDownLatch(1);
        volatile boolean secondWaitedForFirst;

        @Override
        public Run run(Experiment e, long deadlineNanos) {
            if (e.initSeed() == 2) {
                try {
                    secondWaitedForFirst = firstDecoded.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.run(e, deadlineNanos);
        }
    }

    /** Without a flush per event the first event can't decode until the stream ends: seed 2 gives up waiting. */
    @Test
    void eachEventIsFlushedAsGzipThatDecodesBeforeTheNextRunIsTrained() throws Exception {
        var runner = new HoldingSecond();
        try (var app = new RunningApp(CompareWatchersHttpTest.oneThread(8, 120), runner)) {
            var request = HttpRequest.newBuilder(URI.create(app.base() + SWEEP))
                    .header("Accept", "text/event-stream").header("Accept-Encoding", "gzip").build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
            int runs = 0;
            try (var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(response.body()),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.equals("event: run")) continue;
                    runs++;
                    runner.firstDecoded.countDown();   // seed 2 trains only now: the first event came alone
                }
            }
            assertEquals(2, runs);
            assertTrue(runner.secondWaitedForFirst, "the first run's event decoded while the second was held");
        }
    }

    @Test
    void theGzippedStreamIsUnderAThirdOfThePlainOne() throws Exception {
        try (var app = new RunningApp(CompareWatchersHttpTest.oneThread(8, 120), new ExperimentRunner())) {
            String sweep = "/compare/events?vary=hidden:1,2,3,4,5,20,50";
            long plain = bytes(app.base() + sweep, "identity"), gzipped = bytes(app.base() + sweep, "gzip");
            assertTrue(gzipped * 3 < plain, gzipped + " gzipped bytes against " + plain);
        }
    }

    private static long bytes(String url, String encoding) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").header("Accept-Encoding", encoding).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }
}
