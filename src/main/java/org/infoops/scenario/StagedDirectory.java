package org.infoops.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Atomic output: contents are written into a hidden sibling ({@code .staging-<id>-<name>}) and renamed onto the
 * target in one {@code ATOMIC_MOVE} when complete, so a reader (or a sweep killed half-way) never sees a
 * half-written result. An existing target is replaced only after the new contents are complete: it is renamed
 * aside ({@code .replaced-<id>-<name>}), the staging directory renamed into place, then the old one deleted.
 * {@link #cleanLeftovers(Path)} removes what an interrupted process left and restores a replaced target whose
 * successor never arrived.
 */
public final class StagedDirectory implements AutoCloseable {
    public static final String STAGING = ".staging-";
    public static final String REPLACED = ".replaced-";
    private static final int ID_LENGTH = 8;

    /** Writes into a path that becomes visible only when writing succeeded. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path path) throws IOException;
    }

    private final Path target;
    private final Path staging;
    private boolean finished;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** A new, empty staging directory for {@code target} (whose parent is created if needed). */
    public static StagedDirectory create(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve(STAGING + newId() + "-" + target.getFileName());
        Files.createDirectory(staging);
        return new StagedDirectory(target.toAbsolutePath(), staging);
    }

    /** Writes a whole directory atomically; on any exception nothing is left behind and the old target stays. */
    public static void write(Path target, Contents contents) throws IOException {
        try (StagedDirectory stage = create(target)) {
            contents.writeTo(stage.path());
            stage.commit();
        }
    }

    /** Writes one file atomically: {@code contents} writes to a staging file that is renamed over {@code target}. */
    public static void writeFile(Path target, Contents contents) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve(STAGING + newId() + "-" + target.getFileName());
        try {
            contents.writeTo(staging);
            // rename(2) replaces an existing file atomically.
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    /** Where to write the contents. */
    public Path path() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Moves the staged contents onto the target, replacing an existing target. Returns the target. */
    public Path commit() throws IOException {
        if (finished) throw new IllegalStateException("already committed or discarded: " + target);
        Path replaced = null;
        if (Files.exists(target)) {
            replaced = target.resolveSibling(REPLACED + newId() + "-" + target.getFileName());
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (replaced != null) Files.move(replaced, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        finished = true;
        if (replaced != null) deleteRecursively(replaced);
        return target;
    }

    /** Deletes the staging directory; the target is untouched. Never throws. */
    public void discard() {
        if (finished) return;
        finished = true;
        try {
            deleteRecursively(staging);
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover staging directory is recognisable and removed by cleanLeftovers.
        }
    }

    @Override
    public void close() {
        discard();
    }

    /**
     * Removes staging leftovers in {@code dir} and resolves interrupted replacements: a {@code .replaced-} entry is
     * moved back when its target is missing (the process died between the two renames), deleted otherwise.
     * Only call this while no other process writes into {@code dir} (see {@link OutputDirectory}).
     */
    public static void cleanLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(STAGING)) {
                    deleteRecursively(p);
                } else if (name.startsWith(REPLACED) && name.length() > REPLACED.length() + ID_LENGTH + 1) {
                    Path original = dir.resolve(name.substring(REPLACED.length() + ID_LENGTH + 1));
                    if (Files.exists(original)) deleteRecursively(p);
                    else Files.move(p, original, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, ID_LENGTH);
    }
}
