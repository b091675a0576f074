package shallowlab;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.function.BooleanSupplier;
import org.h2.store.fs.FileBase;

/**
 * A file's channel whose writes, while {@code full} says so, write their first {@code room} bytes and then fail as the
 * kernel's do on a full disk (ENOSPC, "No space left on device"): a room of 0 refuses the whole write, a larger one
 * tears it. Everything else is the real file's.
 */
public final class FullDiskChannel extends FileBase {
    private final FileChannel base;
    private final BooleanSupplier full;
    private final int room;

    public FullDiskChannel(FileChannel base, BooleanSupplier full, int room) {
        this.base = base;
        this.full = full;
        this.room = room;
    }

    @Override public int write(ByteBuffer src, long position) throws IOException {
        if (!full.getAsBoolean()) return base.write(src, position);
        if (room > 0) base.write(src.slice().limit(Math.min(room, src.remaining())), position);
        throw new IOException("No space left on device");
    }

    @Override public int write(ByteBuffer src) throws IOException {
        if (!full.getAsBoolean()) return base.write(src);
        if (room > 0) base.write(src.slice().limit(Math.min(room, src.remaining())));
        throw new IOException("No space left on device");
    }

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
