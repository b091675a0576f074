package shallowlab.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An append-only file of records, each forced to the device before {@link #append} returns. A record is framed as
 * its length (4 bytes), the CRC-32C of its bytes (4 bytes), then the bytes. Reading stops at the first frame that
 * is cut short, has an impossible length or a wrong checksum: records are written in order and each writer waits for
 * the force covering its own, so everything after such a frame was never forced, hence never answered.
 *
 * <p>Group commit: writers append one after another, then each waits for a force that began after its record was
 * written; one force covers every record written before it began, so n concurrent writers cost about two forces, not n.
 */
final class Journal implements AutoCloseable {
    static final String FILE = "shallowlab.journal";
    /** Larger than any row (a dataset's text is at most 100,000 characters); a longer length is a torn frame. */
    static final int MAX_RECORD = 1 << 20;
    private static final int HEADER = 8;

    /** How the file is forced to the device; a test replaces it to hold a force open. */
    interface Force {
        void force(FileChannel channel) throws IOException;
    }

    private final Path file;
    private final FileChannel channel;
    private final Force force;
    /** The whole records read at opening; none once cleared. */
    private volatile List<byte[]> found;
    private final Object appending = new Object();
    private final Object forcing = new Object();
    /** End of the last record written (not yet necessarily forced); changed under {@code appending}. */
    private volatile long written;
    /** End of the last record known to be on the device; changed under {@code forcing}. */
    private volatile long forced;
    private volatile long forces;
    /** Set when a force failed, which leaves what reached the device unknown: no more appends. */
    private volatile IOException broken;

    private Journal(Path file, FileChannel channel, Force force, List<byte[]> found, long end) {
        this.file = file;
        this.channel = channel;
        this.force = force;
        this.found = found;
        this.written = end;
        this.forced = end;
    }

    /** Opens (or creates) the journal {@code file} and reads its whole records; nothing in the file is changed. */
    static Journal open(Path file) throws IOException { return open(file, c -> c.force(true)); }

    static Journal open(Path file, Force force) throws IOException {
        return open(file, force, f -> FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /** Opens the file's channel: {@link FileChannel#open}, or in a test one whose writes fail as a full disk's do. */
    interface Channels {
        FileChannel open(Path file) throws IOException;
    }

    static Journal open(Path file, Force force, Channels channels) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel channel = channels.open(file);
        try {
            if (created) forceFolder(file.toAbsolutePath().getParent());
            List<byte[]> records = new ArrayList<>();
            long end = read(channel, records);
            return new Journal(file, channel, force, List.copyOf(records), end);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The whole records found when the journal was opened, oldest first (none after {@link #clear}). */
    List<byte[]> records() { return found; }

    /**
     * Appends {@code record} and returns once it is on the device. The first append after opening cuts off any torn
     * tail first, so that the new record follows the last whole one.
     */
    void append(byte[] record) throws IOException {
        if (record.length == 0 || record.length > MAX_RECORD) {
            throw new IllegalArgumentException("a journal record holds 1.." + MAX_RECORD + " bytes, not " + record.length);
        }
        ByteBuffer frame = ByteBuffer.allocate(HEADER + record.length);
        frame.putInt(record.length).putInt(checksum(record)).put(record).flip();
        long end;
        synchronized (appending) {
            if (broken != null) throw new IOException("the journal " + file + " failed earlier", broken);
            long start = written;
            // A write that fails (a full disk: ENOSPC) leaves part of this record past the whole ones, none of it
            // acknowledged; `written` stays at their end, so the next append cuts that part off and writes again once
            // the disk has room. Only a failed force leaves the tail unknown (below).
            if (channel.size() > start) channel.truncate(start);
            for (long at = start; frame.hasRemaining(); ) at += channel.write(frame, at);
            end = start + frame.limit();
            written = end;
        }
        synchronized (forcing) {
            if (forced >= end) return; // a force that began after this record was written has covered it
            long upTo = written;
            try {
                force.force(channel);
            } catch (IOException e) {
                broken = e; // after a failed fsync, what reached the device is unknown
                throw e;
            }
            forced = upTo;
            forces++;
        }
    }

    /** Empties the journal (forced): call only when every record is durably in the database and none is being added. */
    void clear() throws IOException {
        synchronized (forcing) {
            synchronized (appending) {
                channel.truncate(0);
                force.force(channel);
                written = 0;
                forced = 0;
                found = List.of();
            }
        }
    }

    /** Bytes written so far. */
    long size() { return written; }

    /** Bytes known to be on the device. */
    long forcedUpTo() { return forced; }

    /** Forces made since opening. */
    long forces() { return forces; }

    @Override
    public void close() throws IOException { channel.close(); }

    /** Reads whole, checked frames from the start into {@code records}; returns where the last one ends. */
    private static long read(FileChannel channel, List<byte[]> records) throws IOException {
        long size = channel.size(), at = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at + HEADER <= size) {
            header.clear();
            readFully(channel, header, at);
            int length = header.getInt(0), sum = header.getInt(4);
            if (length <= 0 || length > MAX_RECORD || at + HEADER + length > size) break;
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(channel, body, at + HEADER);
            if (checksum(body.array()) != sum) break;
            records.add(body.array());
            at += HEADER + length;
        }
        return at;
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            int n = channel.read(into, at + into.position());
            if (n < 0) throw new IOException("the journal ended while it was being read");
        }
    }

    static int checksum(byte[] bytes) {
        var crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** A new file's name is on the device only once its folder is forced (Linux allows this; elsewhere it is skipped). */
    private static void forceFolder(Path folder) {
        if (folder == null) return;
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every platform opens a folder; the file's own force still holds its bytes.
        }
    }
}
