package shallowlab.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code size} open connections, reused between calls so that embedded H2 is not reopened and
 * PostgreSQL not re-dialled for every request. A connection is checked before reuse, and one whose work
 * failed is closed rather than returned, so a broken or half-used connection never goes back.
 */
final class ConnectionPool implements AutoCloseable {

    /** Database work on a borrowed connection, which it must leave in auto-commit mode. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int WAIT_SECONDS = 30;
    private static final int VALID_SECONDS = 2;

    private final StoreSettings settings;
    private final int size;
    private final Semaphore permits;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    ConnectionPool(StoreSettings settings, int size) {
        this.settings = settings;
        this.size = size;
        this.permits = new Semaphore(size, true);
    }

    /**
     * Runs {@code work} alone: waits until no other work holds a connection, holds new work back meanwhile, and
     * afterwards closes every connection, so that {@code work} may shut the database down (the next work reconnects).
     */
    <T> T exclusive(Work<T> work) throws SQLException {
        if (closed) throw new SQLException("the store is closed: the server is stopping");
        acquire(size);
        try {
            Connection connection = borrow();
            try {
                return work.run(connection);
            } finally {
                closeQuietly(connection);
                for (Connection c = idle.poll(); c != null; c = idle.poll()) closeQuietly(c);
            }
        } finally {
            permits.release(size);
        }
    }

    <T> T use(Work<T> work) throws SQLException {
        // A SQLException, so that callers answer it as a store failure (503), never as a bug (500).
        if (closed) throw new SQLException("the store is closed: the server is stopping");
        acquire(1);
        try {
            Connection connection = borrow();
            boolean done = false;
            try {
                T result = work.run(connection);
                done = true;
                return result;
            } finally {
                if (done && !closed) idle.add(connection);
                else closeQuietly(connection);
            }
        } finally {
            permits.release();
        }
    }

    private void acquire(int n) throws SQLException {
        try {
            if (!permits.tryAcquire(n, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("no database connection came free within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
    }

    private Connection borrow() throws SQLException {
        for (Connection c = idle.poll(); c != null; c = idle.poll()) {
            if (c.isValid(VALID_SECONDS)) return c;
            closeQuietly(c);
        }
        var login = new Properties();
        if (settings.user() != null) login.setProperty("user", settings.user());
        if (settings.password() != null) login.setProperty("password", settings.password());
        return DriverManager.getConnection(settings.jdbcUrl(), login);
    }

    /** Closes the idle connections now and the busy ones as their work ends. */
    @Override
    public void close() {
        closed = true;
        for (Connection c = idle.poll(); c != null; c = idle.poll()) closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing useful to do: the connection is being thrown away.
        }
    }
}
