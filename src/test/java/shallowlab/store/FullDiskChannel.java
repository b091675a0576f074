package shallowlab.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;

/**
 * A file's channel whose positional writes, while {@link #full} is set, write the first {@link #room} bytes and then
 * fail as the kernel's do on a full disk (ENOSPC): a record torn by the disk, not by a kill.
 */
final class FullDiskChannel extends FileBase {
    volatile boolean full;
    volatile int room = 5;
    private final FileChannel base;

    FullDiskChannel(FileChannel base) { this.base = base; }

    @Override public int write(ByteBuffer src, long position) throws IOException {
        if (!full) return base.write(src, position);
        ByteBuffer part = src.slice().limit(Math.min(room, src.remaining()));
        base.write(part, position);
        throw new IOException("No space left on device");
    }

    @Override public int write(ByteBuffer src) throws IOException { throw new UnsupportedOperationException("positional writes only"); }
    @Override public int read(ByteBuffer dst) throws IOException { return base.read(dst); }
    @Override public int read(ByteBuffer dst, long position) throws IOException { return base.read(dst, position); }
    @Override public long position() throws IOException { return base.position(); }
    @Override public FileChannel position(long p) throws IOException { base.position(p); return this; }
    @Override public long size() throws IOException { return base.size(); }
    @Override public FileChannel truncate(long size) throws IOException { base.truncate(size); return this; }
    @Override public void force(boolean metaData) throws IOException { base.force(metaData); }
    @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException { return base.tryLock(position, size, shared); }
    @Override protected void implCloseChannel() throws IOException { base.close(); }
}
