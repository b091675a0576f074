package shallowlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Saved experiments in one table over plain JDBC; the same SQL runs on H2 and PostgreSQL. */
public final class JdbcExperimentStore implements ExperimentStore {

    private static final int POOL_SIZE = 4;
    /** Uploaded datasets kept by default: 2,000 points at 36 bytes each is at most 72 KB a dataset, 72 MB in all. */
    public static final int MAX_DATASETS = 1000;
    /** A fresh id is drawn this many times before a save gives up (a clash is a 1-in-10¹⁷ event). */
    private static final int SAVE_ATTEMPTS = 5;
    /** SQLSTATE of a primary-key clash, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, title, note, query, kind, created_at";

    private final ConnectionPool pool;
    private final Clock clock;
    private final Supplier<String> ids;
    private final DatasetStore datasets;
    /** The counts answered, for the embedded file; null for PostgreSQL. */
    private final Acknowledged acknowledged;

    JdbcExperimentStore(StoreSettings settings, Clock clock, Supplier<String> ids) {
        this(settings, clock, ids, MAX_DATASETS);
    }

    JdbcExperimentStore(StoreSettings settings, Clock clock, Supplier<String> ids, int maxDatasets) {
        EmbeddedFile file = settings.embeddedFolder().map(EmbeddedFile::new).orElse(null);
        this.acknowledged = file == null ? null : file.beforeOpening(settings);
        this.pool = new ConnectionPool(settings, POOL_SIZE);
        this.clock = clock;
        this.ids = ids;
        this.datasets = new JdbcDatasetStore(pool, maxDatasets, clock, acknowledged);
        try {
            migrate();
            if (file != null) countFromRows();
        } catch (SQLException e) {
            pool.close();
            throw file == null ? new StoreException("could not prepare the database at " + settings, e)
                    : file.openingFailed(e, settings);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The acknowledged counts start from the rows there (a store from before the counts were kept has none). */
    private void countFromRows() throws SQLException {
        acknowledged.atLeast(pool.use(c -> count(c, "saved_experiment")), pool.use(c -> count(c, "dataset")));
    }

    private static long count(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Connects, creates or upgrades the tables, and returns the store (with room for {@value #MAX_DATASETS} datasets). */
    public static ExperimentStore open(StoreSettings settings) { return open(settings, MAX_DATASETS); }

    /** The store, keeping at most {@code maxDatasets} uploaded datasets. */
    public static ExperimentStore open(StoreSettings settings, int maxDatasets) {
        return new JdbcExperimentStore(settings, Clock.systemUTC(), new IdSource(), maxDatasets);
    }

    /** Two instances starting together may race on the first step; the loser finds it done on a second try. */
    private void migrate() throws SQLException {
        try {
            pool.use(c -> { Schema.migrate(c); return null; });
        } catch (SQLException first) {
            pool.use(c -> { Schema.migrate(c); return null; });
        }
    }

    @Override
    public SavedExperiment save(String title, String note, String query, String kind) {
        Draft draft = Draft.of(title, note, query, kind);
        var createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (int attempt = 1; ; attempt++) {
            var saved = new SavedExperiment(ids.get(), draft.title(), draft.note(), draft.query(), draft.kind(), createdAt);
            try {
                pool.write(c -> insert(c, saved));
                if (acknowledged != null) acknowledged.saved();
                return saved;
            } catch (SQLException e) {
                boolean clash = UNIQUE_VIOLATION.equals(e.getSQLState());
                if (!clash || attempt == SAVE_ATTEMPTS) throw new StoreException("could not save the experiment", e);
            }
        }
    }

    @Override
    public Optional<SavedExperiment> find(String id) {
        if (!IdSource.isWellFormed(id)) return Optional.empty();
        List<SavedExperiment> found = query("SELECT " + COLUMNS + " FROM saved_experiment WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<SavedExperiment> recent(int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must be at least 0, got " + limit);
        if (limit == 0) return List.of();
        return query("SELECT " + COLUMNS + " FROM saved_experiment ORDER BY created_at DESC, id LIMIT ?", limit);
    }

    @Override
    public DatasetStore datasets() { return datasets; }

    @Override
    public void close() { pool.close(); }

    private static Void insert(Connection c, SavedExperiment e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO saved_experiment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.id());
            s.setString(2, e.title());
            s.setString(3, e.note());
            s.setString(4, e.query());
            s.setString(5, e.kind());
            s.setObject(6, OffsetDateTime.ofInstant(e.createdAt(), ZoneOffset.UTC));
            s.executeUpdate();
            return null;
        }
    }

    private List<SavedExperiment> query(String sql, Object parameter) {
        try {
            return pool.use(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setObject(1, parameter);
                    try (ResultSet rs = s.executeQuery()) {
                        List<SavedExperiment> rows = new ArrayList<>();
                        while (rs.next()) rows.add(row(rs));
                        return rows;
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read saved experiments", e);
        }
    }

    private static SavedExperiment row(ResultSet rs) throws SQLException {
        return new SavedExperiment(rs.getString("id"), rs.getString("title"), rs.getString("note"),
                rs.getString("query"), rs.getString("kind"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
