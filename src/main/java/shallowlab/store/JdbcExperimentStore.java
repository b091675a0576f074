package shallowlab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final DurableWrites writes;
    private final Clock clock;
    private final Supplier<String> ids;
    private final DatasetStore datasets;

    JdbcExperimentStore(StoreSettings settings, Clock clock, Supplier<String> ids) {
        this(settings, clock, ids, MAX_DATASETS, DurableWrites.SETTLE_BYTES);
    }

    /**
     * Embedded H2 in a folder: the file is checked before it is opened (counting the journal's rows as present),
     * then the journal's rows H2 lacks are inserted again and the journal settled, all before the first request.
     */
    JdbcExperimentStore(StoreSettings settings, Clock clock, Supplier<String> ids, int maxDatasets, long settleBytes) {
        Path folder = settings.embeddedFolder().orElse(null);
        EmbeddedFile file = folder == null ? null : new EmbeddedFile(folder);
        Journal journal = folder == null ? null : openJournal(folder);
        this.pool = new ConnectionPool(settings, POOL_SIZE);
        try {
            Acknowledged acknowledged = file == null ? null : file.beforeOpening(settings, DurableWrites.entries(journal));
            this.writes = file == null ? new DurableWrites(pool)
                    : new DurableWrites(pool, journal, file.path(), acknowledged, settleBytes);
        } catch (RuntimeException e) {
            closeQuietly(journal);
            throw e;
        }
        this.clock = clock;
        this.ids = ids;
        this.datasets = new JdbcDatasetStore(pool, writes, maxDatasets, clock);
        try {
            migrate();
            writes.replayAndSettle();
        } catch (SQLException e) {
            writes.abandon();
            throw file == null ? new StoreException("could not prepare the database at " + settings, e)
                    : file.openingFailed(e, settings);
        } catch (RuntimeException e) {
            writes.abandon();
            throw e;
        }
    }

    private static Journal openJournal(Path folder) {
        try {
            Files.createDirectories(folder);
            return Journal.open(folder.resolve(Journal.FILE));
        } catch (IOException e) {
            throw new StoreException("could not open the journal in " + folder, e);
        }
    }

    private static void closeQuietly(Journal journal) {
        if (journal == null) return;
        try {
            journal.close();
        } catch (IOException ignored) {
            // Nothing was appended: the file is as it was found.
        }
    }

    /** Connects, creates or upgrades the tables, and returns the store (with room for {@value #MAX_DATASETS} datasets). */
    public static ExperimentStore open(StoreSettings settings) { return open(settings, MAX_DATASETS); }

    /** The store, keeping at most {@code maxDatasets} uploaded datasets. */
    public static ExperimentStore open(StoreSettings settings, int maxDatasets) {
        return new JdbcExperimentStore(settings, Clock.systemUTC(), new IdSource(), maxDatasets, DurableWrites.SETTLE_BYTES);
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
                writes.write(new JournalEntry.Save(saved), c -> insert(c, saved));
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

    /** How writes are made durable (for the tests of the journal). */
    DurableWrites writes() { return writes; }

    @Override
    public void close() { writes.close(); }

    static Void insert(Connection c, SavedExperiment e) throws SQLException {
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
