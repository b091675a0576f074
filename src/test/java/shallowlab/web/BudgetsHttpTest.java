package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.HeldRunner;
import shallowlab.experiment.RunLimits;
import shallowlab.guide.Guides;

/** Budgets over real HTTP: per browser by cookie, refunds of refused runs, comparisons, saves and guides. */
class BudgetsHttpTest {
    static Settings with(RunLimits limits) { return Settings.defaults().withLimits(limits); }

    /** Budgets of {@code burst} units, refilled so slowly that a test never sees it. */
    static RunLimits burst(int burst, int slots, int queued) {
        return new RunLimits(Long.MAX_VALUE, 120, slots, queued, 60, 1e-6, burst, 1e-6, 100, 64);
    }

    static String fresh(int seed) { return "/api/experiment?iterations=5&initSeed=" + seed; }

    @Test
    void theServerSetsAnHttpOnlyLaxCookieAndEachBrowserHasItsOwnBudgetWhileCookielessClientsShareOne() {
        try (var app = new RunningApp(with(burst(1, 2, 4)))) {
            String cookie = app.get("/learn").header("Set-Cookie");
            assertTrue(cookie.startsWith(Clients.BROWSER_COOKIE + "=") && cookie.contains("HttpOnly")
                    && cookie.contains("SameSite=Lax"), cookie);
            var first = app.browser();
            var second = app.browser();
            first.get("/learn");
            second.get("/learn");
            assertEquals(200, first.get(fresh(1)).status());
            assertEquals(429, first.get(fresh(2)).status(), "its one unit is spent");
            assertEquals(200, second.get(fresh(3)).status(), "another browser behind the same address");
            assertEquals(200, app.get(fresh(4)).status(), "a client without cookies");
            assertEquals(429, app.get(fresh(5)).status(), "clients without cookies share one budget");
            assertEquals(429, app.browser().get(fresh(6)).status(), "a first visit, before the cookie, too");
        }
    }

    /**
     * A page asked for without a cookie, a first visit, pays from the browser id its answer sets: a class's first
     * visits to different links behind one address once shared the cookieless budget, and all but the first were
     * refused. The API's cookieless clients still share one; the address's budget holds both.
     */
    @Test
    void aFirstVisitToAPagePaysFromItsOwnNewBrowsersBudgetInsideItsAddresss() {
        try (var app = new RunningApp(with(new RunLimits(Long.MAX_VALUE, 120, 2, 4, 60, 1e-6, 1, 1e-6, 3, 64)))) {
            assertEquals(200, app.browser().get("/?iterations=5&initSeed=1").status(), "a first visit");
            assertEquals(200, app.browser().get("/?iterations=5&initSeed=2").status(), "another first visit, another link");
            assertEquals(200, app.get(fresh(3)).status(), "the API without a cookie: the cookieless budget's unit");
            assertEquals(429, app.get(fresh(4)).status(), "the address's three units are spent");
            assertEquals(429, app.browser().get("/?iterations=5&initSeed=5").status(), "a first visit is held by its address");
        }
    }

    /**
     * One slot, no queue, two units: while one training is held, two more are refused with 503 — and refunded, so
     * once it is done the client still has its second unit.
     */
    @Test
    void aRunRefusedAsBusyIsRefunded() throws Exception {
        var runner = new HeldRunner();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (var app = new RunningApp(with(burst(2, 1, 0)), runner)) {
            Future<RunningApp.Response> held = pool.submit(() -> app.get(fresh(1)));
            runner.started.await();
            assertEquals(503, app.get(fresh(2)).status());
            assertEquals(503, app.get(fresh(3)).status());
            runner.release.countDown();
            assertEquals(200, held.get().status());
            assertEquals(200, app.get(fresh(4)).status(), "the busy refusals cost nothing");
            assertEquals(429, app.get(fresh(5)).status(), "and the budget was two units");
        } finally {
            runner.release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aRunOverTheWorkCapCostsNothing() {
        try (var app = new RunningApp(with(new RunLimits(1_000_000, 20, 2, 4, 10, 1e-6, 1, 1e-6, 10, 64)))) {
            assertEquals(400, app.get("/api/experiment?iterations=1000").status());
            assertEquals(200, app.get(fresh(1)).status(), "the unit is still there");
        }
    }

    @Test
    void aComparisonCostsTheSumOfItsFreshRunsUpFrontAndACachedOneIsFree() {
        try (var app = new RunningApp(with(burst(5, 2, 4)))) {
            assertEquals(200, app.get("/api/compare?iterations=5&vary=initSeed:1,2,3,4").status(), "four units of five");
            var tooMany = app.get("/api/compare?iterations=5&vary=initSeed:5,6,7");
            assertEquals(429, tooMany.status(), "three fresh runs, one unit left: refused before any runs");
            assertTrue(tooMany.header("Retry-After") != null);
            assertEquals(200, app.get("/api/compare?iterations=5&vary=initSeed:1,2,3,4").status(), "cached: free");
            assertEquals(200, app.get(fresh(1)).status(), "a run of the comparison, cached: free");
            assertEquals(200, app.get(fresh(9)).status(), "the last unit");
            assertEquals(429, app.get(fresh(10)).status(), "spent");
        }
    }

    @Test
    void savesCostHalfAUnitAndGuidePagesNothing() throws Exception {
        try (var app = new RunningApp(with(burst(1, 2, 4)))) {
            String json = "{\"title\": \"t\", \"link\": \"/?iterations=5\"}";
            assertEquals(201, app.postJson("/api/saved", json).status());
            assertEquals(201, app.postJson("/api/saved", json).status());
            var third = app.postJson("/api/saved", json);
            assertEquals(429, third.status(), "saves are limited: " + third.body());
            assertEquals(429, app.get(fresh(1)).status(), "the budget is spent");
            for (var guide : Guides.ALL) {
                assertEquals(200, app.get("/learn/" + guide.slug()).status(), "a guide page never costs rate: " + guide.slug());
            }
        }
    }
}
