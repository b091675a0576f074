package shallowlab.experiment;

import java.util.Optional;
import java.util.function.Function;
import shallowlab.data.Dataset;

/** Uploaded datasets by content id (the store keeps them; the app hands its lookup to the runner). */
@FunctionalInterface
public interface Datasets {
    /** No uploaded datasets: every custom id is unknown. */
    Datasets NONE = id -> Optional.empty();

    /** The points stored under {@code id}, or empty. */
    Optional<Dataset> find(String id);

    /** The name of the file the points under {@code id} were first uploaded as, or empty (none, or no such points). */
    default Optional<String> name(String id) { return Optional.empty(); }

    /** Points from {@code find}, names from {@code name}. */
    static Datasets of(Function<String, Optional<Dataset>> find, Function<String, Optional<String>> name) {
        return new Datasets() {
            @Override public Optional<Dataset> find(String id) { return find.apply(id); }

            @Override public Optional<String> name(String id) { return name.apply(id); }
        };
    }
}
