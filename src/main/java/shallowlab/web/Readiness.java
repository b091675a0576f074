package shallowlab.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import shallowlab.store.ExperimentStore;
import shallowlab.store.StoreException;

/** Whether the app is ready for visitors: its store answers and its start-up warm-up (if any) is done. */
public final class Readiness {
    private final AtomicBoolean warmedUp;
    private volatile ExperimentStore store;

    private Readiness(boolean warmedUp) { this.warmedUp = new AtomicBoolean(warmedUp); }

    /** Ready once the store answers: no warm-up to wait for. */
    public static Readiness withoutWarmUp() { return new Readiness(true); }

    /** Not ready until {@link #warmedUp()} is called. */
    public static Readiness afterWarmUp() { return new Readiness(false); }

    public void warmedUp() { warmedUp.set(true); }

    void watch(ExperimentStore watched) { this.store = watched; }

    /** What keeps the app from being ready, keyed {@code store} and {@code warmUp}; empty when ready. */
    public Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        try {
            if (store != null) store.ping();
        } catch (StoreException e) {
            reasons.put("store", e.getMessage());
        }
        if (!warmedUp.get()) reasons.put("warmUp", "the start-up trainings (default run, guides) are still running");
        return reasons;
    }
}
