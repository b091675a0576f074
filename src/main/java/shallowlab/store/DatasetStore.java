package shallowlab.store;

import java.util.Optional;
import shallowlab.data.Dataset;

/**
 * Uploaded points, stored once and never changed, under their content id ({@link shallowlab.data.DatasetId}): the
 * same points get the same id in any store. A save that has returned survives the process being killed. The name
 * a file was uploaded under is kept beside its points, to tell uploads apart; it is not part of the id.
 */
public interface DatasetStore {
    /** The longest name kept, in characters (the column's width, {@link Schema}'s step 3). */
    int MAX_NAME = 120;

    /**
     * Stores {@code points} under {@code name} (the uploaded file's name; null for none) unless they are stored
     * already, and returns their id. Points stored already keep the name they were first stored under: a row is never
     * changed, and the same points have one id, so one name.
     *
     * @throws StoreFullException when the store holds its cap of datasets and these points are new
     * @throws StoreException     when the database fails
     */
    String save(Dataset points, String name);

    /** {@link #save(Dataset, String)} without a name. */
    default String save(Dataset points) { return save(points, null); }

    /** The points stored under {@code id}, bit for bit, or empty for an unknown or malformed id. */
    Optional<Dataset> find(String id);

    /** The name the points under {@code id} were first stored under, or empty: no name, or no such points. */
    Optional<String> name(String id);

    /** How many datasets are stored. */
    int count();
}
