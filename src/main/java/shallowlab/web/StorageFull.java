package shallowlab.web;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether a store failure is a full disk: the operating system's message ("No space left on device", ENOSPC) anywhere
 * in the chain of causes (H2 and the count of answered writes pass it on from the failed write), or PostgreSQL's
 * SQLSTATE 53100 (disk_full). A full disk is the operator's to fix, not the visitor's nor a bug: the save answers
 * 503 "storage full" and {@code /health/ready} says so.
 */
public final class StorageFull {
    static final String POSTGRES_DISK_FULL = "53100";
    static final String MESSAGE = "storage full";

    private StorageFull() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left on device")) return true;
            if (t instanceof SQLException sql) {
                if (POSTGRES_DISK_FULL.equals(sql.getSQLState())) return true;
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    if (POSTGRES_DISK_FULL.equals(next.getSQLState())) return true;
                }
            }
        }
        return false;
    }
}
