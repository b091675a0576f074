package shallowlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every running or queued training holds one of Jetty's threads, so the threads are sized from the run limits. */
class ThreadBudgetTest {
    @Test
    void theDefaultThreadsHoldEveryTrainingAndLeaveRoomForTheRest() {
        var s = Settings.fromEnvironment(Map.of());
        int trainings = s.limits().maxConcurrent() + s.limits().maxQueued();
        assertTrue(s.connections().maxThreads() >= trainings + 64,
                s.connections().maxThreads() + " threads for " + trainings + " trainings");
    }

    @Test
    void aBiggerQueueGetsMoreThreadsByDefault() {
        var s = Settings.fromEnvironment(Map.of("MAX_CONCURRENT_RUNS", "4", "MAX_QUEUED_RUNS", "500"));
        assertEquals(504 + 64, s.connections().maxThreads());
    }

    @Test
    void tooFewThreadsForTheQueueStopStartUpNamingBothSettings() {
        var e = assertThrows(IllegalArgumentException.class, () -> Settings.fromEnvironment(
                Map.of("MAX_CONCURRENT_RUNS", "2", "MAX_QUEUED_RUNS", "64", "MAX_THREADS", "64")));
        assertTrue(e.getMessage().contains("MAX_THREADS") && e.getMessage().contains("MAX_QUEUED_RUNS")
                && e.getMessage().contains("82"), e.getMessage());
        assertEquals(82, Settings.fromEnvironment(
                Map.of("MAX_CONCURRENT_RUNS", "2", "MAX_QUEUED_RUNS", "64", "MAX_THREADS", "82")).connections().maxThreads());
    }
}
