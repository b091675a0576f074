package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
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
            assertEquals(200, app.get("/api/experiment?iterations=10").status());
            assertEquals(200, app.get("/api/experiment?iterations=11").status());
            var refused = app.get("/api/experiment?iterations=12");
            assertEquals(429, refused.status());
            assertNotNull(refused.header("Retry-After"));
            assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
            assertEquals(200, app.get("/api/experiment?iterations=10").status(), "a cached run costs nothing");
            assertEquals(429, app.get("/?iterations=13").status(), "the page is limited too");
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

    @Test
    void pastTheSlotsAndTheQueueTheServerAnswers503WithRetryAfterAndHealthStaysUp() throws Exception {
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 120, 1, 1, 60, 6000, 100)))) {
            List<String> paths = new ArrayList<>();
            for (int seed = 0; seed < 6; seed++) paths.add("/api/experiment?iterations=3000&hidden=16&initSeed=" + seed);
            var pool = Executors.newSingleThreadExecutor();
            var runs = pool.submit(() -> concurrently(app, paths));
            Thread.sleep(300);
            long start = System.nanoTime();
            assertEquals(200, app.get("/health").status());
            assertTrue((System.nanoTime() - start) / 1e6 < 1000, "health answers while trainings queue");
            List<RunningApp.Response> responses = runs.get();
            pool.shutdown();
            long busy = responses.stream().filter(r -> r.status() == 503).count();
            assertTrue(busy >= 1, "1 slot + 1 queued: the others are refused");
            for (var r : responses) {
                if (r.status() == 503) assertNotNull(r.header("Retry-After"));
                else assertEquals(200, r.status());
            }
        }
    }
}
