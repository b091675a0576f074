package shallowlab.web.saved;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.store.StoreSettings;

/** Saved experiments over HTTP on PostgreSQL, at TEST_POSTGRES_URL (.ci/run starts one and sets it). */
class SavedOnPostgresHttpTest extends SavedHttpContract {
    @BeforeAll
    static void start() {
        String url = System.getenv("TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
        app = new RunningApp(Settings.defaults().withStore(new StoreSettings(url, null, null)));
    }
}
