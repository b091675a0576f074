package shallowlab.store;

import java.util.List;
import java.util.Optional;

/**
 * Where saved experiments live. Open one with {@link JdbcExperimentStore#open(StoreSettings)}, share it between
 * threads, and close it when the app stops. A save that has returned survives the process being killed.
 */
public interface ExperimentStore extends AutoCloseable {

    /**
     * Stores a new experiment under a fresh id and returns it as stored.
     *
     * @param title required, 1..{@value SavedExperiment#MAX_TITLE} characters after trimming
     * @param note  optional (null is empty), at most {@value SavedExperiment#MAX_NOTE} characters after trimming
     * @param query required, at most {@value SavedExperiment#MAX_QUERY} characters, kept exactly as given
     * @param kind  {@value SavedExperiment#LAB} or {@value SavedExperiment#COMPARE}
     * @throws InvalidSaveException     naming each bad field among title, note and query
     * @throws IllegalArgumentException for any other kind (a caller's mistake, not the user's)
     * @throws StoreException           when the database fails
     */
    SavedExperiment save(String title, String note, String query, String kind);

    /** The experiment saved under {@code id}, or empty for an unknown or malformed id. */
    Optional<SavedExperiment> find(String id);

    /** The newest saves first, at most {@code limit} of them (0 gives none). */
    List<SavedExperiment> recent(int limit);

    /** The uploaded datasets, in the same database. */
    DatasetStore datasets();

    /** Asks the database a question; throws {@link StoreException} when it doesn't answer. */
    default void ping() { recent(1); }

    /**
     * Opens the store in {@code settings}, or, when that fails, an {@link UnavailableStore} that gives the reason:
     * the app runs without saves rather than not at all.
     */
    static ExperimentStore openOrUnavailable(StoreSettings settings, int maxDatasets) {
        try {
            return JdbcExperimentStore.open(settings, maxDatasets);
        } catch (StoreDamagedException e) {
            org.slf4j.LoggerFactory.getLogger(ExperimentStore.class).error("saved experiments are off, the app runs"
                    + " without them: the store is {}", e.getMessage());
            return new UnavailableStore(e.getMessage());
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            org.slf4j.LoggerFactory.getLogger(ExperimentStore.class).error("saved experiments are off, the app runs without"
                    + " them: {} (cause: {})", e.getMessage(), root.toString());
            return new UnavailableStore("the database could not be opened (" + root.getClass().getSimpleName() + ")");
        }
    }

    /** Releases the database connections; the store can't be used afterwards. */
    @Override
    void close();
}
