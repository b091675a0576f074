package shallowlab.experiment;

import java.util.Optional;
import shallowlab.data.Dataset;

/** Uploaded datasets by content id (the store keeps them; the app hands its lookup to the runner). */
@FunctionalInterface
public interface Datasets {
    /** No uploaded datasets: every custom id is unknown. */
    Datasets NONE = id -> Optional.empty();

    /** The points stored under {@code id}, or empty. */
    Optional<Dataset> find(String id);
}
