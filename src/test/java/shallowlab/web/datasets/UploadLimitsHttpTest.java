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
            var limited = app.post("/api/datasets", "text/csv", A);
            assertEquals(429, limited.status(), "four uploads, the burst, then no more");
            assertNotNull(limited.header("Retry-After"));
            assertTrue(limited.body().contains("too many uploads"), limited.body());
        }
    }
}
