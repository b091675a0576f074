package shallowlab.web.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.ExperimentRunner;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunLimits;

/**
 * Comparisons stop when nobody watches, and refuse up front what they can't do: one training slot and one sweep
 * thread, so the sweep queue runs in order and what was trained says what was cancelled.
 */
class CompareWatchersHttpTest {
    static Settings oneThread(int sweepQueue, double maxSeconds) {
        return Settings.defaults().withLimits(new RunLimits(Long.MAX_VALUE, maxSeconds, 1, 8, 60, 1e9, 1_000_000,
                1e9, 1_000_000, sweepQueue));
    }

    /** Trains for real, records each experiment trained, holds the first until released, may report a slow time. */
    static final class RecordingRunner extends ExperimentRunner {
        final List<Experiment> trained = new ArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final double reportedMillis;

        RecordingRunner(double reportedMillis) { this.reportedMillis = reportedMillis; }

        @Override
        public Run run(Experiment e, long deadlineNanos) {
            synchronized (trained) { trained.add(e); }
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            Run run = super.run(e, deadlineNanos);
            if (reportedMillis < 0) return run;
            return new Run(run.experiment(), run.split(), run.result().withTrainingMillis(reportedMillis), run.boundary(),
                    run.dataName());
        }

        List<Long> seeds() {
            synchronized (trained) { return trained.stream().map(Experiment::initSeed).toList(); }
        }
    }

    /**
     * A viewer opens the stream of four runs and goes away (the connection is reset) while the first trains: the
     * three not started are never trained. A comparison asked next runs right after the first, on the one thread.
     */
    @Test
    void runsNotStartedAreCancelledWhenTheEventStreamCloses() throws Exception {
        var runner = new RecordingRunner(-1);
        try (var app = new RunningApp(oneThread(8, 120), runner)) {
            int port = URI.create(app.base()).getPort();
            try (Socket viewer = new Socket("localhost", port)) {
                OutputStream out = viewer.getOutputStream();
                out.write(("GET /compare/events?iterations=5&vary=initSeed:1,2,3,4 HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                runner.started.await();
                viewer.setSoLinger(true, 0);
            }
            runner.release.countDown();
            assertEquals(200, app.get("/api/compare?iterations=5&vary=initSeed:11,12").status());
            assertEquals(List.of(1L, 11L, 12L), runner.seeds(), "seeds 2, 3 and 4 were cancelled, not trained");
        } finally {
            runner.release.countDown();
        }
    }

    /** Four runs fill the thread and a queue of three: another comparison is refused with 503, on every route. */
    @Test
    void aFullSweepQueueAnswers503WithRetryAfter() throws Exception {
        var runner = new RecordingRunner(-1);
        try (var app = new RunningApp(oneThread(3, 120), runner)) {
            var stream = java.net.http.HttpClient.newHttpClient().sendAsync(
                    app.request("/compare/events?iterations=5&vary=initSeed:1,2,3,4").header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofString());
            runner.started.await();
            var api = app.get("/api/compare?iterations=5&vary=initSeed:11,12");
            assertEquals(503, api.status(), api.body());
            assertNotNull(api.header("Retry-After"));
            var page = app.get("/compare?iterations=5&vary=initSeed:11,12&static=1");
            assertEquals(503, page.status());
            assertNotNull(page.header("Retry-After"));
            var events = app.send(app.request("/compare/events?iterations=5&vary=initSeed:11,12").header("Accept", "text/event-stream"));
            assertTrue(events.body().contains("event: failed") && events.body().contains("\"server\""), events.body());
            runner.release.countDown();
            String body = stream.get().body();
            assertTrue(body.contains("event: done"), "the first comparison finishes: " + body);
            assertEquals(List.of(1L, 2L, 3L, 4L), runner.seeds(), "and only its runs were trained");
        } finally {
            runner.release.countDown();
        }
    }

    /**
     * Trainings here report 60 s for a run of five iterations: a comparison of two more such runs, which must wait
     * for both before it answers, would pass the 20 s limit, and is refused at once (503) instead of hanging.
     */
    @Test
    void aComparisonThatCannotFinishWithinTheTimeLimitIsRefusedUpFront() {
        var runner = new RecordingRunner(60_000);
        runner.release.countDown();
        try (var app = new RunningApp(oneThread(8, 20), runner)) {
            assertEquals(200, app.get("/api/experiment?iterations=5&initSeed=1").status());
            var api = app.get("/api/compare?iterations=5&vary=initSeed:2,3");
            assertEquals(503, api.status(), api.body());
            assertTrue(api.body().contains("static=1") && api.body().contains("over the limit of 20 s"), api.body());
            assertNotNull(api.header("Retry-After"));
            assertEquals(503, app.get("/compare?iterations=5&vary=initSeed:2,3&static=1").status());
            assertEquals(List.of(1L), runner.seeds(), "nothing more was trained");
            assertEquals(200, app.get("/compare?iterations=5&vary=initSeed:2,3").status(), "the streamed page opens");
        }
    }
}
