package shallowlab.web;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import shallowlab.FullDiskChannel;

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
    public FileChannel open(String mode) throws IOException { return new FullDiskChannel(getBase().open(mode), () -> full, 0); }
}
