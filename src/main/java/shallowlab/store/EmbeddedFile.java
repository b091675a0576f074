package shallowlab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The embedded H2 database file and the checks made before and after opening it, so that a damaged file is
 * reported and never silently replaced by an empty store: H2 itself makes a new, empty database of a missing or
 * zero-length file, and opens a truncated one at an older state.
 */
final class EmbeddedFile {
    /** H2's SQLSTATE for a file it can't read as a database. */
    private static final String FILE_CORRUPTED = "90030";
    /** H2's SQLSTATE when it opens a file read-only; seen for a truncated file that it could still read. */
    private static final String READ_ONLY = "90097";
    private final Path dir;
    private final Path file;

    EmbeddedFile(Path dir) {
        this.dir = dir;
        this.file = dir.resolve(StoreSettings.H2_FILE + ".mv.db");
    }

    Path path() { return file; }

    /**
     * Checks the file before it is opened for writing (H2 writes to a file it recovers, even a damaged one): its
     * length, then, read-only, whether H2 can read it and whether it holds every row acknowledged, counting the rows
     * of {@code journal} that it lacks as present (they are inserted again once it is open). Returns the
     * acknowledged counts.
     */
    Acknowledged beforeOpening(StoreSettings settings, java.util.List<JournalEntry> journal) {
        Acknowledged acknowledged = Acknowledged.in(dir);
        try {
            if (Files.exists(file) && Files.size(file) == 0) throw damaged("is empty (0 bytes)");
        } catch (IOException e) {
            throw damaged("can't be read: " + e.getMessage());
        }
        if (!Files.exists(file) && !acknowledged.isEmpty()) {
            throw damaged("is missing, but the server had answered " + acknowledged.saves() + " saves and "
                    + acknowledged.datasets() + " datasets in it");
        }
        // The file is made when the store first opens, before any write: a journal without it lost its database.
        if (!Files.exists(file) && !journal.isEmpty()) {
            throw damaged("is missing, but the journal beside it holds " + journal.size() + " answered writes");
        }
        if (Files.exists(file)) readOnly(settings, acknowledged, journal);
        return acknowledged;
    }

    private void readOnly(StoreSettings settings, Acknowledged acknowledged, java.util.List<JournalEntry> journal) {
        var login = new java.util.Properties();
        login.setProperty("user", settings.user() == null ? "" : settings.user());
        login.setProperty("password", settings.password() == null ? "" : settings.password());
        try (var c = java.sql.DriverManager.getConnection(settings.jdbcUrl() + ";ACCESS_MODE_DATA=r", login)) {
            long saves = rows(c, "saved_experiment"), datasets = rows(c, "dataset");
            var missing = new java.util.HashSet<String>();
            for (JournalEntry entry : journal) {
                if (missing.contains(entry.table() + " " + entry.id()) || present(c, entry)) continue;
                missing.add(entry.table() + " " + entry.id());
                if (entry instanceof JournalEntry.Save) saves++; else datasets++;
            }
            String shortfall = acknowledged.shortfall(saves, datasets);
            if (shortfall != null) throw damaged("is older than what it acknowledged: " + shortfall);
        } catch (SQLException e) {
            throw openingFailed(e, settings);
        }
    }

    /** The rows of {@code table}, 0 when a store from before that table has none. */
    private static long rows(java.sql.Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState()) || "42S04".equals(e.getSQLState()) || "42104".equals(e.getSQLState())) return 0;
            throw e;
        }
    }

    /** Whether the row of {@code entry} is there; not when its table is not (a store from before that table). */
    private static boolean present(java.sql.Connection c, JournalEntry entry) throws SQLException {
        try {
            return entry.isPresent(c);
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState()) || "42S04".equals(e.getSQLState()) || "42104".equals(e.getSQLState())) return false;
            throw e;
        }
    }

    /** The error to give when opening failed: damage when H2 says the file is corrupt, else the failure itself. */
    RuntimeException openingFailed(SQLException e, StoreSettings settings) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && FILE_CORRUPTED.equals(sql.getSQLState())) {
                return damaged("is corrupt: " + sql.getMessage().lines().findFirst().orElse(""));
            }
            if (t instanceof SQLException sql && READ_ONLY.equals(sql.getSQLState()) && Files.isWritable(file)) {
                return damaged("can be read but H2 will not write to it: " + sql.getMessage().lines().findFirst().orElse(""));
            }
        }
        return new StoreException("could not prepare the database at " + settings, e);
    }

    StoreDamagedException damaged(String what) {
        return new StoreDamagedException("damaged: the database file " + file + " " + what
                + "; it was not opened, so nothing in it is overwritten (README: back up and restore)");
    }
}
