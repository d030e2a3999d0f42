package org.infoops.scenario;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The root of a run's or sweep's outputs, held exclusively while writing: a lock file keeps a second process from
 * writing into (and cleaning up under) the same directory, and leftovers of an interrupted earlier sweep are
 * cleaned when the lock is taken. The operating system releases the lock if the process dies.
 */
public final class OutputDirectory implements AutoCloseable {
    static final String LOCK_FILE = ".infoops.lock";

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    public static OutputDirectory open(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScenarioException(null, "--out", "'" + root + "' is a file; allowed: a directory (created if missing)");
        }
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            throw new ScenarioException(null, "--out", "'" + root + "' is being written by another run or sweep; "
                    + "allowed: a directory no other run is writing to");
        }
        StagedDirectory.cleanLeftovers(dir);
        return new OutputDirectory(dir, channel, lock);
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
