package shallowlab.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One saved experiment, as stored and as read back.
 *
 * @param id        short unguessable id, {@value IdSource#LENGTH} characters of {@link IdSource#ALPHABET}
 * @param title     1..{@value #MAX_TITLE} characters, trimmed
 * @param note      0..{@value #MAX_NOTE} characters, trimmed; never null
 * @param query     the experiment's canonical query string, at most {@value #MAX_QUERY} characters, as given
 * @param kind      {@value #LAB} or {@value #COMPARE} (a comparison's query includes its {@code vary=})
 * @param createdAt when it was saved, to the microsecond (the precision both databases keep)
 */
public record SavedExperiment(String id, String title, String note, String query, String kind, Instant createdAt) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_QUERY = 2000;
    public static final String LAB = "lab";
    public static final String COMPARE = "compare";

    public SavedExperiment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What is wrong with a save of these fields, keyed title, note, query; empty when they can be saved. */
    public static Map<String, String> problems(String title, String note, String query) {
        return Draft.errors(title, note, query);
    }
}
