package shallowlab.experiment;

import java.util.Objects;
import shallowlab.data.DatasetId;
import shallowlab.data.DatasetKind;

/**
 * Where an experiment's points come from: a generator ({@link DatasetKind}, drawn from {@code points}, {@code noise}
 * and {@code dataSeed}) or an uploaded dataset named by its content id, written {@code custom:<id>}.
 * Exactly one of {@code kind} and {@code customId} is set.
 */
public record DataSource(DatasetKind kind, String customId) {
    public static final String CUSTOM_PREFIX = "custom:";
    static final String MALFORMED = "must be custom:<id> with the id of an uploaded dataset, 16 hex digits"
            + " (POST /api/datasets answers it), or a generator's name";

    public DataSource {
        if ((kind == null) == (customId == null)) throw new IllegalArgumentException("a generator or an id, not both");
        if (customId != null && !DatasetId.isWellFormed(customId)) throw new IllegalArgumentException("malformed id");
    }

    public static DataSource of(DatasetKind kind) { return new DataSource(Objects.requireNonNull(kind), null); }

    public static DataSource custom(String id) { return new DataSource(null, id); }

    /** The source {@code text} names ({@code flower}, …, {@code custom:<id>}), or null. */
    public static DataSource fromKey(String text) {
        if (text.startsWith(CUSTOM_PREFIX)) {
            String id = text.substring(CUSTOM_PREFIX.length());
            return DatasetId.isWellFormed(id) ? custom(id) : null;
        }
        DatasetKind kind = DatasetKind.fromKey(text);
        return kind == null ? null : of(kind);
    }

    public boolean isCustom() { return customId != null; }

    /** The form value and link value: the generator's key or {@code custom:<id>}. */
    public String key() { return isCustom() ? CUSTOM_PREFIX + customId : kind.key(); }
}
