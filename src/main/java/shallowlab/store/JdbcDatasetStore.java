package shallowlab.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetId;

/**
 * Datasets in the table {@code dataset}: the id, the number of points and the canonical text
 * ({@link DatasetId#canonicalText}, exact bits) of which the id is the hash. Rows are only ever inserted, so found
 * points can be kept in memory and shared between runs (which read them and never write them).
 */
final class JdbcDatasetStore implements DatasetStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private final ConnectionPool pool;
    private final DurableWrites writes;
    private final int cap;
    private final Clock clock;
    private final Cache<String, Dataset> found = Caffeine.newBuilder().maximumSize(64).build();

    JdbcDatasetStore(ConnectionPool pool, DurableWrites writes, int cap, Clock clock) {
        this.pool = pool;
        this.writes = writes;
        this.cap = cap;
        this.clock = clock;
    }

    @Override
    public String save(Dataset points) {
        String id = DatasetId.of(points);
        if (find(id).isPresent()) return id;
        if (count() >= cap) throw new StoreFullException(cap);
        try {
            var upload = new JournalEntry.Upload(id, points.size(), DatasetId.canonicalText(points),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            writes.write(upload, c -> insert(c, upload.id(), upload.points(), upload.content(), upload.createdAt()));
        } catch (SQLException e) {
            // Another request stored the same points first: they are the ones we meant.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw new StoreException("could not save the dataset", e);
        }
        return id;
    }

    static Void insert(Connection c, String id, int points, String content, Instant createdAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO dataset (id, points, content, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, points);
            s.setString(3, content);
            s.setObject(4, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            s.executeUpdate();
            return null;
        }
    }

    @Override
    public Optional<Dataset> find(String id) {
        if (!DatasetId.isWellFormed(id)) return Optional.empty();
        Dataset cached = found.getIfPresent(id);
        if (cached != null) return Optional.of(cached);
        Optional<Dataset> stored = read(id);
        stored.ifPresent(points -> found.put(id, points));
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

    private Optional<Dataset> read(String id) {
        try {
            return pool.use(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT content FROM dataset WHERE id = ?")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(DatasetId.fromCanonicalText(rs.getString(1))) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the dataset " + id, e);
        }
    }
}
