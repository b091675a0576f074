package shallowlab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shallowlab.FullDiskChannel;

/** The journal's file: whole records come back in order, a torn or corrupt tail is ignored, forces are shared. */
class JournalTest {
    @TempDir
    Path dir;

    private Path file() { return dir.resolve(Journal.FILE); }

    private static byte[] record(int n) {
        return ("record " + n + " " + "x".repeat(n * 7)).getBytes(StandardCharsets.UTF_8);
    }

    private List<byte[]> reopen() throws Exception {
        try (var journal = Journal.open(file())) {
            return journal.records();
        }
    }

    private static void assertRecords(List<byte[]> expected, List<byte[]> found) {
        assertEquals(expected.size(), found.size(), "records found");
        for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), found.get(i), "record " + i);
    }

    @Test
    void recordsComeBackInTheOrderWritten() throws Exception {
        List<byte[]> written = new ArrayList<>();
        try (var journal = Journal.open(file())) {
            for (int n = 1; n <= 20; n++) {
                journal.append(record(n));
                written.add(record(n));
                assertEquals(journal.size(), journal.forcedUpTo(), "append returned before its force");
            }
        }
        assertRecords(written, reopen());
    }

    /**
     * A full disk tears the record it was writing; once there is room again the next append cuts the torn part off
     * and follows the whole records (the journal used to refuse every append until a restart).
     */
    @Test
    void aWriteThatAFullDiskRefusedIsTornOffByTheNextAppend() throws Exception {
        AtomicBoolean full = new AtomicBoolean();
        try (var journal = Journal.open(file(), c -> c.force(true), f -> new FullDiskChannel(
                FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE), full::get, 5))) {
            journal.append(record(1));
            full.set(true);
            assertThrows(IOException.class, () -> journal.append(record(2)));
            assertTrue(Files.size(file()) > journal.size(), "part of the refused record reached the file");
            full.set(false);
            journal.append(record(3));
        }
        assertRecords(List.of(record(1), record(3)), reopen());
    }

    /** Cut anywhere inside the last record, as a kill during its write leaves it: the records before it are read. */
    @Test
    void aTornLastRecordIsIgnoredAndTheNextAppendFollowsTheWholeOnes() throws Exception {
        try (var journal = Journal.open(file())) {
            journal.append(record(1));
            journal.append(record(2));
        }
        long whole = Files.size(file());
        try (var journal = Journal.open(file())) {
            journal.append(record(3));
        }
        byte[] all = Files.readAllBytes(file());
        for (long cut = whole; cut < all.length; cut++) {
            Files.write(file(), Arrays.copyOf(all, (int) cut));
            assertRecords(List.of(record(1), record(2)), reopen());
        }
        Files.write(file(), Arrays.copyOf(all, all.length - 3));
        try (var journal = Journal.open(file())) {
            journal.append(record(4));
        }
        assertRecords(List.of(record(1), record(2), record(4)), reopen());
    }

    @Test
    void aRecordWithAWrongChecksumEndsTheJournal() throws Exception {
        try (var journal = Journal.open(file())) {
            for (int n = 1; n <= 3; n++) journal.append(record(n));
        }
        byte[] all = Files.readAllBytes(file());
        int second = 8 + record(1).length;
        all[second + 8 + 3] ^= 1;   // one bit of the second record's bytes
        Files.write(file(), all);
        assertRecords(List.of(record(1)), reopen());
    }

    /** A file system may extend a file with zeros it never wrote, and a length may be torn into nonsense. */
    @Test
    void zerosOrAnImpossibleLengthAfterTheLastRecordAreIgnored() throws Exception {
        try (var journal = Journal.open(file())) {
            journal.append(record(1));
        }
        byte[] one = Files.readAllBytes(file());
        Files.write(file(), concat(one, new byte[4096]));
        assertRecords(List.of(record(1)), reopen());
        Files.write(file(), concat(one, new byte[] {0x7f, -1, -1, -1, 0, 0, 0, 0, 1, 2, 3}));
        assertRecords(List.of(record(1)), reopen());
    }

    @Test
    void clearingEmptiesTheFile() throws Exception {
        try (var journal = Journal.open(file())) {
            journal.append(record(1));
            journal.clear();
            assertEquals(0, Files.size(file()));
            journal.append(record(2));
        }
        assertRecords(List.of(record(2)), reopen());
    }

    /**
     * While one force is held open, seven more writers append: none returns before a force that began after its
     * record was written, and one force then covers all seven (two forces for eight records, not eight).
     */
    @Test
    void concurrentWritersShareAForceAndEachWaitsForTheOneCoveringItsRecord() throws Exception {
        var firstForceStarted = new CountDownLatch(1);
        var releaseFirstForce = new CountDownLatch(1);
        var calls = new AtomicInteger();
        Journal.Force held = channel -> {
            if (calls.incrementAndGet() == 1) {
                firstForceStarted.countDown();
                try {
                    releaseFirstForce.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            channel.force(true);
        };
        try (var journal = Journal.open(file(), held)) {
            var first = CompletableFuture.runAsync(() -> append(journal, record(0)));
            assertTrue(firstForceStarted.await(60, TimeUnit.SECONDS));
            long afterFirst = journal.size();
            List<CompletableFuture<Long>> others = new ArrayList<>();
            long expected = afterFirst;
            for (int n = 1; n <= 7; n++) {
                byte[] r = record(n);
                expected += 8 + r.length;
                others.add(CompletableFuture.supplyAsync(() -> {
                    append(journal, r);
                    return journal.forcedUpTo();
                }, runnable -> new Thread(runnable).start()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (journal.size() < expected && System.nanoTime() < deadline) LockSupport.parkNanos(100_000);
            assertEquals(expected, journal.size(), "the seven records are written while the first force is held");
            assertFalse(first.isDone(), "the first writer returned before its force");
            for (var other : others) assertFalse(other.isDone(), "a writer returned before a force covered its record");
            releaseFirstForce.countDown();
            first.get(60, TimeUnit.SECONDS);
            for (var other : others) assertEquals(expected, other.get(60, TimeUnit.SECONDS), "returned before forced");
            assertEquals(2, journal.forces(), "forces for eight records");
        }
        assertEquals(8, reopen().size());
    }

    @Test
    void entriesComeBackAsTheRowsWritten() {
        var save = new JournalEntry.Save(new SavedExperiment("abcdefghij", "Tïtle", "", "/?iterations=5", "lab",
                Instant.parse("2024-05-06T07:08:09.123456Z")));
        var upload = new JournalEntry.Upload("0123456789abcdef", 2, "1,2,0\n3,4,1\n", Instant.EPOCH, null);
        var named = new JournalEntry.Upload("0123456789abcdef", 2, "1,2,0\n3,4,1\n", Instant.EPOCH, "pts é.csv");
        assertEquals(save, JournalEntry.read(save.bytes()));
        assertEquals(upload, JournalEntry.read(upload.bytes()));
        assertEquals(named, JournalEntry.read(named.bytes()));
    }

    @Test
    void anUploadWrittenBeforeNamesWereKeptReadsWithoutOne() throws Exception {
        // The bytes of kind 2, as the journal wrote an upload before: id, points, content, time; no name.
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            out.writeByte(JournalEntry.UPLOAD);
            out.writeInt(16);
            out.writeBytes("0123456789abcdef");
            out.writeInt(2);
            out.writeInt(12);
            out.writeBytes("1,2,0\n3,4,1\n");
            out.writeLong(7);
            out.writeInt(8);
        }
        assertEquals(new JournalEntry.Upload("0123456789abcdef", 2, "1,2,0\n3,4,1\n", Instant.ofEpochSecond(7, 8), null),
                JournalEntry.read(bytes.toByteArray()));
    }

    private static void append(Journal journal, byte[] record) {
        try {
            journal.append(record);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
