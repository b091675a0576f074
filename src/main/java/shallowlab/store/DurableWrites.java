package shallowlab.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that survive kill -9 once they have returned. PostgreSQL's commit already waits for its log to reach the
 * device. Embedded H2 does not keep every commit it returned from across kill -9 (measured by
 * bench/faults/kill-saves.sh: a few in ten thousand were missing after a restart, even with {@code CHECKPOINT SYNC}
 * after each), so on H2 each row is first appended to the {@link Journal} (forced, grouped with concurrent writers)
 * and then inserted. At start-up the rows of the journal that H2 lacks are inserted again (into a rebuilt file when
 * H2 holds a commit it recovered but never ends, see {@link #rebuild}); the journal is emptied
 * ("settled") only after H2 has been shut down cleanly and its file forced to the device, under a lock that no write
 * holds between its journal record and its insert, so no record is dropped before its row is durably in H2.
 */
final class DurableWrites implements AutoCloseable {
    /** The journal is settled when it grows past this (about 15,000 saves, or 50 of the largest datasets). */
    static final long SETTLE_BYTES = 4L << 20;
    /** H2's SQLSTATE when a row's key is held by another transaction (90131, "concurrent update"). */
    private static final String HELD_BY_A_LEFTOVER = "90131";
    /** H2's SQLSTATE when a lock was waited for in vain, the other way such a key shows. */
    private static final String LOCK_TIMEOUT = "HYT00";
    private static final Logger LOG = LoggerFactory.getLogger(DurableWrites.class);

    private final ConnectionPool pool;
    /** The embedded store's journal, its database file and counts; all null for PostgreSQL and H2 in memory. */
    private final Journal journal;
    private final Path databaseFile;
    private final Acknowledged acknowledged;
    private final long settleBytes;
    /** Writes hold it shared from their journal record to the end of their insert; settling holds it alone. */
    private final ReentrantReadWriteLock settling = new ReentrantReadWriteLock(true);

    /** Writes straight to the database (PostgreSQL, H2 in memory). */
    DurableWrites(ConnectionPool pool) {
        this(pool, null, null, null, SETTLE_BYTES);
    }

    /** Writes through {@code journal} into the embedded file {@code databaseFile}. */
    DurableWrites(ConnectionPool pool, Journal journal, Path databaseFile, Acknowledged acknowledged, long settleBytes) {
        this.pool = pool;
        this.journal = journal;
        this.databaseFile = databaseFile;
        this.acknowledged = acknowledged;
        this.settleBytes = settleBytes;
    }

    /** Runs {@code insert}, which writes the row of {@code entry}; once this returns, the row survives kill -9. */
    <T> T write(JournalEntry entry, ConnectionPool.Work<T> insert) throws SQLException {
        if (journal == null) return pool.use(insert);
        T result;
        settling.readLock().lock();
        try {
            try {
                journal.append(entry.bytes());
            } catch (IOException e) {
                throw new SQLException("could not write the journal: " + e.getMessage(), e);
            }
            result = pool.use(insert);
        } finally {
            settling.readLock().unlock();
        }
        if (journal.size() >= settleBytes) settleQuietly();
        return result;
    }

    /**
     * Inserts the rows of the journal's records that the database lacks (a record is there twice when a dataset was
     * uploaded twice at once, or its id clashed with a row: both are skipped), then settles. Returns how many rows
     * were inserted.
     */
    int replayAndSettle() throws SQLException {
        if (journal == null) return 0;
        List<JournalEntry> entries = entries(journal);
        int inserted;
        try {
            inserted = replay(entries);
        } catch (SQLException e) {
            if (!HELD_BY_A_LEFTOVER.equals(e.getSQLState()) && !LOCK_TIMEOUT.equals(e.getSQLState())) throw e;
            // A commit H2 had half-applied when it was killed: recovered, never ended, its row unseen and its key held
            // for good. The rows it shows and the journal's rows go into a new file, which replaces this one.
            LOG.warn("{} holds a row that no statement can read or write ({}): it is rebuilt from its rows and {}",
                    databaseFile, e.getMessage().lines().findFirst().orElse(""), Journal.FILE);
            rebuild();
            inserted = replay(entries);
        }
        if (inserted > 0) LOG.info("{} answered writes missing from {} were inserted again from {}", inserted,
                databaseFile, Journal.FILE);
        settle();
        return inserted;
    }

    private int replay(List<JournalEntry> entries) throws SQLException {
        int inserted = 0;
        for (JournalEntry entry : entries) {
            if (pool.use(entry::insertIfMissing)) inserted++;
        }
        return inserted;
    }

    /**
     * Copies every row H2 shows into a new H2 file beside it, then moves that over the old file (kept as
     * {@code .before-rebuild}). The journal is untouched: a kill at any step leaves the old file or the new one, and
     * the journal to replay into it.
     */
    void rebuild() throws SQLException {
        String name = StoreSettings.H2_FILE + "-rebuilt";
        Path fresh = databaseFile.resolveSibling(name + ".mv.db");
        try {
            java.nio.file.Files.deleteIfExists(fresh);   // a rebuild killed half-way
            pool.exclusive(old -> {
                var login = new java.util.Properties();
                login.setProperty("user", "sa");
                login.setProperty("password", "");
                String url = "jdbc:h2:file:" + fresh.resolveSibling(name) + ";DB_CLOSE_ON_EXIT=FALSE";
                try (Connection c = java.sql.DriverManager.getConnection(url, login)) {
                    Schema.migrate(c);
                    copy(old, c, "saved_experiment");
                    copy(old, c, "dataset");
                    try (var s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                }
                try (var s = old.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return null;
            });
            try (FileChannel file = FileChannel.open(fresh, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            java.nio.file.Files.copy(databaseFile, databaseFile.resolveSibling(databaseFile.getFileName() + ".before-rebuild"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            java.nio.file.Files.move(fresh, databaseFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel folder = FileChannel.open(databaseFile.getParent(), StandardOpenOption.READ)) {
                folder.force(true);
            }
        } catch (IOException e) {
            throw new SQLException("could not rebuild " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    private static void copy(Connection from, Connection to, String table) throws SQLException {
        try (var read = from.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            String marks = String.join(", ", java.util.Collections.nCopies(columns, "?"));
            to.setAutoCommit(false);
            try (var insert = to.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) insert.setObject(i, rs.getObject(i));
                    insert.executeUpdate();
                }
                to.commit();
            } finally {
                to.setAutoCommit(true);
            }
        }
    }

    /**
     * Shuts H2 down cleanly (the next request opens it again), forces its file, records the rows as answered
     * ({@link Acknowledged}) and empties the journal. A kill at any step leaves the journal whole, to be replayed.
     */
    void settle() throws SQLException {
        if (journal == null) return;
        settling.writeLock().lock();
        try {
            long[] rows = pool.exclusive(c -> {
                long[] counted = {count(c, "saved_experiment"), count(c, "dataset")};
                try (var s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return counted;
            });
            try (FileChannel file = FileChannel.open(databaseFile, StandardOpenOption.WRITE)) {
                file.force(true);
            }
            acknowledged.atLeast(rows[0], rows[1]);
            journal.clear();
        } catch (IOException e) {
            throw new SQLException("could not settle the journal: " + e.getMessage(), e);
        } finally {
            settling.writeLock().unlock();
        }
    }

    /** A failed settle loses nothing (the journal stays whole): it is logged and tried again later. */
    private void settleQuietly() {
        try {
            if (journal.size() >= settleBytes) settle();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the journal {} could not be emptied yet (it stays, and is replayed at start-up): {}",
                    Journal.FILE, e.toString());
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Journal bytes not yet settled (0 without a journal). */
    long journalBytes() { return journal == null ? 0 : journal.size(); }

    /** Settles (so that a clean stop leaves an empty journal), then closes the connections and the journal. */
    @Override
    public void close() {
        try {
            settle();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the journal {} was not emptied at close (it is replayed at the next start): {}", Journal.FILE,
                    e.toString());
        }
        pool.close();
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException ignored) {
                // Closing a channel whose every record was forced loses nothing.
            }
        }
    }

    /** Closes the connections and the journal without settling: opening failed, and the journal stays as found. */
    void abandon() {
        pool.close();
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException ignored) {
                // Nothing was appended.
            }
        }
    }

    /** The records a journal in {@code dir} holds, as entries; for the checks made before opening the database. */
    static List<JournalEntry> entries(Journal journal) {
        if (journal == null) return List.of();
        return journal.records().stream().map(JournalEntry::read).toList();
    }
}
