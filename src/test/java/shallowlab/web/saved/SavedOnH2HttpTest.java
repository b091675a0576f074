package shallowlab.web.saved;

import org.junit.jupiter.api.BeforeAll;
import shallowlab.RunningApp;

/** Saved experiments over HTTP on the embedded H2 database. */
class SavedOnH2HttpTest extends SavedHttpContract {
    @BeforeAll
    static void start() { app = new RunningApp(); }
}
