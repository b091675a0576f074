package shallowlab.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import shallowlab.store.ExperimentStore;
import shallowlab.store.StoreException;

/**
 * Whether the app is ready for visitors: its store answers, no write failed for a full disk in the last
 * {@link #STORAGE_FULL_SECONDS} s, and its start-up warm-up (if any) is done.
 */
public final class Readiness {
    /** How long a write failed for a full disk keeps the app not ready: then the next write tries the disk again. */
    static final long STORAGE_FULL_SECONDS = 60;
    private final AtomicBoolean warmedUp;
    private volatile ExperimentStore store;
    private volatile long storageFullAt = Long.MIN_VALUE;   // System.nanoTime() of the last such failure

    private Readiness(boolean warmedUp) { this.warmedUp = new AtomicBoolean(warmedUp); }

    /** Ready once the store answers: no warm-up to wait for. */
    public static Readiness withoutWarmUp() { return new Readiness(true); }

    /** Not ready until {@link #warmedUp()} is called. */
    public static Readiness afterWarmUp() { return new Readiness(false); }

    public void warmedUp() { warmedUp.set(true); }

    void watch(ExperimentStore watched) { this.store = watched; }

    /** A write failed because the disk is full. */
    void storageFull() { storageFullAt = System.nanoTime(); }

    private boolean recentlyFull() {
        long at = storageFullAt;
        return at != Long.MIN_VALUE && System.nanoTime() - at < STORAGE_FULL_SECONDS * 1_000_000_000L;
    }

    /** What keeps the app from being ready, keyed {@code store} and {@code warmUp}; empty when ready. */
    public Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (recentlyFull()) {
            reasons.put("store", StorageFull.MESSAGE + ": a write failed for lack of disk space within the last "
                    + STORAGE_FULL_SECONDS + " s; free space on the database's disk");
        } else {
            try {
                if (store != null) store.ping();
            } catch (StoreException e) {
                reasons.put("store", ServerPaths.hidden(e.getMessage()));
            }
        }
        if (!warmedUp.get()) reasons.put("warmUp", "the start-up trainings (default run, guides) are still running");
        return reasons;
    }
}
