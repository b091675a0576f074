package shallowlab.web.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;

/** A public server's bounds on uploads: a cap on stored datasets (507) and a per-client rate (429). */
class UploadLimitsHttpTest {
    static final String A = "x1,x2,label\n0,0,0\n1,1,1\n2,2,0\n3,3,1\n";
    static final String B = "x1,x2,label\n0,0,1\n1,1,0\n2,2,1\n3,3,0\n";

    @Test
    void theStoreCapRefusesNewPointsAndTheRateRefusesTheClient() {
        try (var app = new RunningApp(Settings.defaults().withUploads(new UploadLimits(1, 0.001, 4)))) {
            assertEquals(400, app.post("/api/datasets", "text/csv", "x1,x2,label\n").status());
            assertEquals(201, app.post("/api/datasets", "text/csv", A).status(), "the bad file took no room");
            assertEquals(201, app.post("/api/datasets", "text/csv", A).status(), "stored points take no more room");
            var full = app.post("/api/datasets", "text/csv", B);
            assertEquals(507, full.status());
            assertTrue(full.body().contains("\"store\"") && full.body().contains("cap of 1 uploaded datasets"), full.body());
        }
    }

    /** Distinct points (4 of them, labels alternating), the n-th set of them. */
    static String points(int n) { return "x1,x2,label\n" + n + ",0,0\n1,1,1\n2,2,0\n3,3,1\n"; }

    /** A browser as it comes to the app: it opens the lab first, which gives it its cookie. */
    static RunningApp browserOf(RunningApp app) {
        RunningApp browser = app.browser();
        assertEquals(200, browser.get("/?iterations=1").status());
        return browser;
    }

    @Test
    void eachBrowserHasItsOwnRateAndPointsAlreadyStoredAreFree() {
        try (var app = new RunningApp(Settings.defaults().withUploads(new UploadLimits(100, 0.001, 2)))) {
            RunningApp one = browserOf(app), other = browserOf(app);
            assertEquals(201, one.post("/api/datasets", "text/csv", points(1)).status());
            for (int again = 0; again < 5; again++) {
                assertEquals(201, one.post("/api/datasets", "text/csv", points(1)).status(), "stored already: not counted");
            }
            assertEquals(201, one.post("/api/datasets", "text/csv", points(2)).status(), "the burst's second upload");
            var limited = one.post("/api/datasets", "text/csv", points(3));
            assertEquals(429, limited.status(), "two new uploads, the burst, then no more");
            assertNotNull(limited.header("Retry-After"));
            assertTrue(limited.body().contains("too many uploads from this browser"), limited.body());
            assertEquals(201, other.post("/api/datasets", "text/csv", points(3)).status(), "another browser, its own rate");
               assertEquals(201, one.post("/api/datasets", "text/csv", points(1)).status(),
                    "past its rate, a browser still opens points stored before: they cost nothing");
        }
    }

    /** A learner mending a file through bad tries is not locked out: a refused file costs the browser nothing. */
    @Test
    void refusedFilesDoNotUseTheBrowsersRate() {
        try (var app = new RunningApp(Settings.defaults().withUploads(new UploadLimits(100, 0.001, 2)))) {
            RunningApp one = browserOf(app);
            for (int tries = 0; tries < 5; tries++) {
                assertEquals(400, one.post("/api/datasets", "text/csv", "x1,x2,label\n0,0,7\n").status());
            }
            assertEquals(201, one.post("/api/datasets", "text/csv", points(1)).status(), "the mended file");
            assertEquals(201, one.post("/api/datasets", "text/csv", points(2)).status(), "the burst's second");
            assertEquals(429, one.post("/api/datasets", "text/csv", points(3)).status(), "new points past the rate");
        }
    }

    @Test
    void aClassBehindOneAddressUploadsOnceEachAndTheAddressHasACap() {
        int perAddress = UploadLimits.PER_ADDRESS;   // browsers' bursts of 1 that one address may make at once
        try (var app = new RunningApp(Settings.defaults().withUploads(new UploadLimits(100, 0.001, 1)))) {
            for (int b = 0; b < perAddress; b++) {
                assertEquals(201, browserOf(app).post("/api/datasets", "text/csv", points(10 + b)).status(), "browser " + b);
            }
            var refused = browserOf(app).post("/api/datasets", "text/csv", points(99));
            assertEquals(429, refused.status());
            assertTrue(refused.body().contains("too many uploads from your network's address"), refused.body());
        }
    }
}
