package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.HeldRunner;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunLimits;

/** The public server's limits over real HTTP: caps, rate limit, busy server, one training per experiment. */
class RunLimitsHttpTest {
    static Settings with(RunLimits limits) { return Settings.defaults().withLimits(limits); }

    static List<RunningApp.Response> concurrently(RunningApp app, List<String> paths) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(paths.size());
        try {
            List<Future<RunningApp.Response>> futures = new ArrayList<>();
            for (String p : paths) futures.add(pool.submit(() -> app.get(p)));
            List<RunningApp.Response> responses = new ArrayList<>();
            for (var f : futures) responses.add(f.get());
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunOverTheWorkCapIs400NamingTheCap() {
        try (var app = new RunningApp(with(new RunLimits(1_000_000, 20, 2, 4, 10, 60, 20)))) {
            var api = app.get("/api/experiment?iterations=1000");
            assertEquals(400, api.status());
            assertTrue(api.body().contains("\"work\"") && api.body().contains("cap"), api.body());
            var page = app.get("/?iterations=1000");
            assertEquals(400, page.status());
            assertTrue(page.body().contains("cap of 1,000,000"), "the page names the cap");
            assertTrue(page.body().contains("value=\"1000\""), "the form keeps the values");
        }
    }

    @Test
    void aRunPastTheTimeLimitIs400NamingTheLimit() {
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 0.001, 2, 4, 10, 60, 20)))) {
            var r = app.get("/api/experiment?iterations=20000&hidden=64&points=2000");
            assertEquals(400, r.status());
            assertTrue(r.body().contains("\"time\""), r.body());
        }
    }

    @Test
    void aClientStartingTooManyRunsGets429WithRetryAfterButCachedLinksStillWork() {
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 20, 2, 4, 10, 1, 2)))) {
            var browser = app.browser();   // a browser's budget (a page without a cookie would start a new one)
            browser.get("/learn");
            assertEquals(200, browser.get("/api/experiment?iterations=10").status());
            assertEquals(200, browser.get("/api/experiment?iterations=11").status());
            var refused = browser.get("/api/experiment?iterations=12");
            assertEquals(429, refused.status());
            assertNotNull(refused.header("Retry-After"));
            assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
            assertTrue(refused.body().contains("too many new runs and saves from this browser"), refused.body());
            assertEquals(200, browser.get("/api/experiment?iterations=10").status(), "a cached run costs nothing");
            assertEquals(429, browser.get("/?iterations=13").status(), "the page is limited too");
        }
    }

    @Test
    void identicalExperimentsAskedTogetherTrainOnce() throws Exception {
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 20, 2, 8, 10, 0.001, 1)))) {
            String path = "/api/experiment?iterations=3000&hidden=16";
            for (var r : concurrently(app, List.of(path, path, path, path, path, path))) {
                assertEquals(200, r.status(), "one training served everyone: " + r.body());
            }
        }
    }

    /**
     * One slot and one place in the queue, six different experiments at once: while the first training is held,
     * the other four are refused with 503 and Retry-After, and /health still answers; once let go, two are served.
     */
    @Test
    void pastTheSlotsAndTheQueueTheServerAnswers503WithRetryAfterAndHealthStaysUp() throws Exception {
        var runner = new HeldRunner();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 120, 1, 1, 60, 6000, 100)), runner)) {
            try {
                assertRefusedWhileHeldThenServed(app, runner, pool);
            } finally {
                runner.release.countDown();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A queued run whose wait passes QUEUE_WAIT_SECONDS is told that no slot came free, not that the queue was full. */
    @Test
    void aQueuedRunPastItsWaitIsToldNoSlotCameFree() throws Exception {
        var runner = new HeldRunner();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 120, 1, 4, 0.5, 6000, 100)), runner)) {
            try {
                pool.submit(() -> app.get("/api/experiment?iterations=10&initSeed=1"));
                runner.started.await();
                var waited = app.get("/api/experiment?iterations=10&initSeed=2");
                assertEquals(503, waited.status(), waited.body());
                assertTrue(waited.body().contains("every training slot is taken and no slot came free within 0.5 s"),
                        waited.body());
            } finally {
                runner.release.countDown();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertRefusedWhileHeldThenServed(RunningApp app, HeldRunner runner, ExecutorService pool)
            throws Exception {
        var answers = new ExecutorCompletionService<RunningApp.Response>(pool);
        for (int seed = 0; seed < 6; seed++) {
            String path = "/api/experiment?iterations=10&initSeed=" + seed;
            answers.submit(() -> app.get(path));
        }
        runner.started.await();
        for (int refused = 0; refused < 4; refused++) {
            var r = answers.take().get();
            assertEquals(503, r.status(), "1 slot + 1 queued: the others are refused at once: " + r.body());
            assertTrue(r.body().contains("every training slot is taken and the queue is full"), r.body());
            assertNotNull(r.header("Retry-After"));
            assertTrue(Integer.parseInt(r.header("Retry-After")) > 0, "Retry-After says when");
        }
        var health = app.get("/health");
        assertEquals(200, health.status(), "health answers while the slot is held");
        assertTrue(health.body().contains("\"trainings\":{\"running\":1,\"queued\":1}"), health.body());
        runner.release.countDown();
        for (int served = 0; served < 2; served++) {
            var r = answers.take().get();
            assertEquals(200, r.status(), "the held and the queued training are served: " + r.body());
        }
    }

    /**
     * The default limits queue a class: 30 browsers (one address, a cookie each) each start 2 runs at once while the
     * trainings are held, so all but the slots wait; none is refused, and once let go all 60 are served.
     */
    @Test
    void theDefaultQueueHoldsAClassPressingRunTwiceAtOnce() throws Exception {
        var runner = new HeldRunner();
        RunLimits limits = RunLimits.defaults();
        Settings settings = with(limits);
        ExecutorService pool = Executors.newFixedThreadPool(60);
        try (var app = new RunningApp(settings, runner)) {
            try {
                List<Future<RunningApp.Response>> answers = new ArrayList<>();
                for (int b = 0; b < 30; b++) {
                    RunningApp browser = app.browser();
                    assertEquals(200, browser.get("/learn").status(), "the first visit sets the browser's cookie");
                    for (int r = 0; r < 2; r++) {
                        String path = "/api/experiment?iterations=10&initSeed=" + (2 * b + r);
                        answers.add(pool.submit(() -> browser.get(path)));
                    }
                }
                runner.started.await();
                int slots = Math.min(limits.maxConcurrent(), 60);
                String waiting = "\"trainings\":{\"running\":" + slots + ",\"queued\":" + (60 - slots) + "}";
                // Past the queue's wait the first queued runs are refused, so the queue can only fill before it.
                long deadline = System.nanoTime() + (long) (limits.queueSeconds() * 1e9);
                String health = app.get("/health").body();
                while (!health.contains(waiting) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                    health = app.get("/health").body();
                }
                assertTrue(health.contains(waiting), "every run past the slots waits in the queue (each holds one of "
                        + settings.connections().maxThreads() + " request threads): " + health);
                runner.release.countDown();
                for (var answer : answers) {
                    var r = answer.get();
                    assertEquals(200, r.status(), "queued, then served: " + r.body());
                }
            } finally {
                runner.release.countDown();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
