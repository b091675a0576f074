package shallowlab.store;

import java.util.List;
import java.util.Optional;

/**
 * The store when the database could not be opened: every call fails with a {@link StoreException} giving the
 * reason, so the pages that need no database keep working and those that do say why they can't.
 */
public final class UnavailableStore implements ExperimentStore {
    private final String reason;

    public UnavailableStore(String reason) { this.reason = reason; }

    private StoreException unavailable() {
        return new StoreException("saved experiments are unavailable on this server: " + reason, null);
    }

    @Override public SavedExperiment save(String title, String note, String query, String kind) { throw unavailable(); }

    @Override public Optional<SavedExperiment> find(String id) { throw unavailable(); }

    @Override public List<SavedExperiment> recent(int limit) { throw unavailable(); }

    @Override public DatasetStore datasets() {
        return new DatasetStore() {
            @Override public String save(shallowlab.data.Dataset points, String name) { throw unavailable(); }
            @Override public Optional<shallowlab.data.Dataset> find(String id) { throw unavailable(); }
            @Override public Optional<String> name(String id) { throw unavailable(); }
            @Override public int count() { throw unavailable(); }
        };
    }

    @Override public void close() {}
}
