package shallowlab.store;

import java.util.Optional;
import shallowlab.data.Dataset;

/**
 * Uploaded points, stored once and never changed, under their content id ({@link shallowlab.data.DatasetId}): the
 * same points get the same id in any store. A save that has returned survives the process being killed.
 */
public interface DatasetStore {

    /**
     * Stores {@code points} unless they are stored already, and returns their id.
     *
     * @throws StoreFullException when the store holds its cap of datasets and these points are new
     * @throws StoreException     when the database fails
     */
    String save(Dataset points);

    /** The points stored under {@code id}, bit for bit, or empty for an unknown or malformed id. */
    Optional<Dataset> find(String id);

    /** How many datasets are stored. */
    int count();
}
