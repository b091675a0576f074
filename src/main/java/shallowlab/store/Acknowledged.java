package shallowlab.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many saves and datasets the embedded store holds for sure, kept in {@value #FILE} beside the database file:
 * rewritten (then forced to disk) each time the journal is settled, from the rows counted just before H2 was shut
 * down cleanly and its file forced ({@link DurableWrites#settle}); the writes answered since are in the journal. Rows
 * are only ever inserted, so a database that opens with fewer rows than this, once the journal's rows it lacks are
 * counted as present, is older than what it acknowledged: restored from an old copy, truncated, or replaced by an
 * empty one. The counts are written after the rows are on disk, so a kill between the two leaves them behind.
 */
final class Acknowledged {
    static final String FILE = "shallowlab.acknowledged";
    private static final Pattern LINE = Pattern.compile("(?m)^(saves|datasets)=(\\d+)$");

    private final Path file;
    private long saves;
    private long datasets;

    private Acknowledged(Path file, long saves, long datasets) {
        this.file = file;
        this.saves = saves;
        this.datasets = datasets;
    }

    /** The counts in {@code dir}, both 0 when the file is not there (a new store, or one from before the file). */
    static Acknowledged in(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) return new Acknowledged(file, 0, 0);
        try {
            Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            long s = 0, d = 0;
            while (m.find()) {
                if (m.group(1).equals("saves")) s = Long.parseLong(m.group(2));
                else d = Long.parseLong(m.group(2));
            }
            return new Acknowledged(file, s, d);
        } catch (IOException e) {
            throw new StoreDamagedException("could not read " + file + ": " + e.getMessage());
        }
    }

    boolean isEmpty() { return saves == 0 && datasets == 0; }

    long saves() { return saves; }

    long datasets() { return datasets; }

    /** Why the rows found are fewer than those acknowledged, or null when they are not. */
    String shortfall(long savesFound, long datasetsFound) {
        if (savesFound >= saves && datasetsFound >= datasets) return null;
        return "it holds " + savesFound + " saves and " + datasetsFound + " datasets, but the server had answered "
                + saves + " saves and " + datasets + " datasets (" + file + ")";
    }

    /** Starts from the rows found (never lower than what the file said). */
    synchronized void atLeast(long savesFound, long datasetsFound) {
        saves = Math.max(saves, savesFound);
        datasets = Math.max(datasets, datasetsFound);
        write();
    }

    /** A new file beside the old, forced to disk, then moved over it: a kill leaves the old counts or the new. */
    private void write() {
        Path next = file.resolveSibling(FILE + ".next");
        byte[] text = ("saves=" + saves + "\ndatasets=" + datasets + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(text));
            out.force(true);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("could not record the count of answered writes in " + file, e);
        }
    }
}
