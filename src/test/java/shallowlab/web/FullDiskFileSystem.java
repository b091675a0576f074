package shallowlab.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files on the real disk, under the prefix {@code fulldisk:}, whose writes fail as the kernel's do on a full
 * disk (ENOSPC, "No space left on device") while {@link #full} is set: the database, its driver and the app above
 * it are the real ones; only the disk is played.
 */
public final class FullDiskFileSystem extends FilePathWrapper {
    static volatile boolean full;

    static {
        FilePath.register(new FullDiskFileSystem());
    }

    /** Registers the file system with H2 (once). */
    static void register() {}

    @Override
    public String getScheme() { return "fulldisk"; }

    @Override
    public FileChannel open(String mode) throws IOException { return new Disk(getBase().open(mode)); }

    private static final class Disk extends FileBase {
        private final FileChannel base;

        Disk(FileChannel base) { this.base = base; }

        private static void refuseWhenFull() throws IOException {
            if (full) throw new IOException("No space left on device");
        }

        @Override public int read(ByteBuffer dst) throws IOException { return base.read(dst); }
        @Override public int read(ByteBuffer dst, long position) throws IOException { return base.read(dst, position); }
        @Override public int write(ByteBuffer src) throws IOException { refuseWhenFull(); return base.write(src); }
        @Override public int write(ByteBuffer src, long position) throws IOException { refuseWhenFull(); return base.write(src, position); }
        @Override public long position() throws IOException { return base.position(); }
        @Override public FileChannel position(long p) throws IOException { base.position(p); return this; }
        @Override public long size() throws IOException { return base.size(); }
        @Override public FileChannel truncate(long size) throws IOException { base.truncate(size); return this; }
        @Override public void force(boolean metaData) throws IOException { base.force(metaData); }
        @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException { return base.tryLock(position, size, shared); }
        @Override protected void implCloseChannel() throws IOException { base.close(); }
    }
}
