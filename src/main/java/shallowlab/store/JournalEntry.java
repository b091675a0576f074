package shallowlab.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One answered write as the {@link Journal} holds it: the whole row, so that it can be inserted again. Bytes: a kind
 * byte, then the fields in column order (strings as a 4-byte length and UTF-8, the time as seconds and nanoseconds).
 */
sealed interface JournalEntry permits JournalEntry.Save, JournalEntry.Upload {
    byte SAVE = 1;
    /** An upload as written before names were kept: read as one without a name. */
    byte UPLOAD = 2;
    byte NAMED_UPLOAD = 3;

    /** The table the row belongs in. */
    String table();

    /** The row's primary key. */
    String id();

    byte[] bytes();

    /** Inserts the row. */
    void insert(Connection c) throws SQLException;

    /** Inserts the row unless its id is there already: replaying an entry twice changes nothing. */
    default boolean insertIfMissing(Connection c) throws SQLException {
        if (isPresent(c)) return false;
        insert(c);
        return true;
    }

    default boolean isPresent(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table() + " WHERE id = ?")) {
            s.setString(1, id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A saved experiment. */
    record Save(SavedExperiment saved) implements JournalEntry {
        @Override public String table() { return "saved_experiment"; }

        @Override public String id() { return saved.id(); }

        @Override public byte[] bytes() {
            return write(SAVE, out -> {
                text(out, saved.id());
                text(out, saved.title());
                text(out, saved.note());
                text(out, saved.query());
                text(out, saved.kind());
                time(out, saved.createdAt());
            });
        }

        @Override public void insert(Connection c) throws SQLException { JdbcExperimentStore.insert(c, saved); }
    }

    /** An uploaded dataset: its id, its number of points, its canonical text and its name (null: none). */
    record Upload(String id, int points, String content, Instant createdAt, String name) implements JournalEntry {
        @Override public String table() { return "dataset"; }

        @Override public byte[] bytes() {
            return write(NAMED_UPLOAD, out -> {
                text(out, id);
                out.writeInt(points);
                text(out, content);
                time(out, createdAt);
                out.writeBoolean(name != null);
                if (name != null) text(out, name);
            });
        }

        @Override public void insert(Connection c) throws SQLException { JdbcDatasetStore.insert(c, this); }
    }

    /** The entry these bytes hold; an {@link IllegalArgumentException} for bytes no entry wrote. */
    static JournalEntry read(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte kind = in.readByte();
            JournalEntry entry = switch (kind) {
                case SAVE -> new Save(new SavedExperiment(text(in), text(in), text(in), text(in), text(in), time(in)));
                case UPLOAD -> new Upload(text(in), in.readInt(), text(in), time(in), null);
                case NAMED_UPLOAD -> new Upload(text(in), in.readInt(), text(in), time(in), in.readBoolean() ? text(in) : null);
                default -> throw new IllegalArgumentException("a journal entry of unknown kind " + kind);
            };
            if (in.available() > 0) throw new IllegalArgumentException("a journal entry with bytes left over");
            return entry;
        } catch (IOException e) {
            throw new IllegalArgumentException("a journal entry cut short", e);
        }
    }

    /** Writes an entry's fields. */
    interface Fields {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(byte kind, Fields fields) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(kind);
            fields.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) throw new IOException("a text longer than the entry");
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void time(DataOutputStream out, Instant t) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    private static Instant time(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }
}
