package shallowlab;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that talks to one real app, started on a free port before its tests and stopped after. */
public abstract class AppTest {
    protected static RunningApp app;

    @BeforeAll
    static void startApp() { app = new RunningApp(); }

    @AfterAll
    static void stopApp() { app.close(); }
}
