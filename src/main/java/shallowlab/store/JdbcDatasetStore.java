package shallowlab.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetId;

/**
 * Datasets in the table {@code dataset}: the id, the number of points, the canonical text
 * ({@link DatasetId#canonicalText}, exact bits) of which the id is the hash, and the name of the file first uploaded
 * with them. Rows are only ever inserted, so found points can be kept in memory and shared between runs (which read
 * them and never write them).
 */
final class JdbcDatasetStore implements DatasetStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private final ConnectionPool pool;
    private final DurableWrites writes;
    private final int cap;
    private final Clock clock;
    private final Cache<String, Row> found = Caffeine.newBuilder().maximumSize(64).build();

    /** What a row holds for the app: the points and their name (null: none). */
    private record Row(Dataset points, String name) {}

    JdbcDatasetStore(ConnectionPool pool, DurableWrites writes, int cap, Clock clock) {
        this.pool = pool;
        this.writes = writes;
        this.cap = cap;
        this.clock = clock;
    }

    @Override
    public String save(Dataset points, String name) {
        if (name != null && name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a name of " + name.length() + " characters; at most " + MAX_NAME);
        }
        String id = DatasetId.of(points);
        if (find(id).isPresent()) return id;
        if (count() >= cap) throw new StoreFullException(cap);
        try {
            var upload = new JournalEntry.Upload(id, points.size(), DatasetId.canonicalText(points),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), name);
            writes.write(upload, c -> insert(c, upload));
        } catch (SQLException e) {
            // Another request stored the same points first: they are the ones we meant.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw new StoreException("could not save the dataset", e);
        }
        return id;
    }

    static Void insert(Connection c, JournalEntry.Upload upload) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO dataset (id, points, content, created_at, name) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, upload.id());
            s.setInt(2, upload.points());
            s.setString(3, upload.content());
            s.setObject(4, OffsetDateTime.ofInstant(upload.createdAt(), ZoneOffset.UTC));
            s.setString(5, upload.name());
            s.executeUpdate();
            return null;
        }
    }

    @Override
    public Optional<Dataset> find(String id) { return row(id).map(Row::points); }

    @Override
    public Optional<String> name(String id) { return row(id).map(Row::name); }

    private Optional<Row> row(String id) {
        if (!DatasetId.isWellFormed(id)) return Optional.empty();
        Row cached = found.getIfPresent(id);
        if (cached != null) return Optional.of(cached);
        Optional<Row> stored = read(id);
        stored.ifPresent(row -> found.put(id, row));
        return stored;
    }

    @Override
    public int count() {
        try {
            return pool.use(c -> {
                try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dataset")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not count the datasets", e);
        }
    }

    private Optional<Row> read(String id) {
        try {
            return pool.use(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT content, name FROM dataset WHERE id = ?")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) return Optional.empty();
                        return Optional.of(new Row(DatasetId.fromCanonicalText(rs.getString(1)), rs.getString(2)));
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the dataset " + id, e);
        }
    }
}
