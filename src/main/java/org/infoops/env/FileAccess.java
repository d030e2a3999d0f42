package org.infoops.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which files an option may name. In-process callers (the CLI, Java code) are the machine's own user and may
 * name any file. A server's clients may name only files under the directories its operator allowed
 * ({@code serve --scenario-dir}; none by default): the name is resolved to its canonical path, symbolic links
 * included, and checked before anything is opened. A refusal says nothing about why (missing, a directory,
 * outside the allowed directories, unreadable), so answers reveal nothing about the server's files.
 */
public final class FileAccess {
    /** Any file the process can read: for in-process callers. */
    public static final FileAccess UNRESTRICTED = new FileAccess(true, List.of());
    /** No file at all: a server with no allowed directory. */
    public static final FileAccess NONE = new FileAccess(false, List.of());

    private final boolean unrestricted;
    private final List<Path> roots;

    private FileAccess(boolean unrestricted, List<Path> roots) {
        this.unrestricted = unrestricted;
        this.roots = roots;
    }

    /**
     * Files under {@code directories} only (each resolved to its canonical path now).
     *
     * @throws IllegalArgumentException if a directory does not exist or is not a directory
     */
    public static FileAccess under(List<Path> directories) {
        List<Path> roots = new ArrayList<>();
        for (Path d : directories) {
            try {
                Path real = d.toRealPath();
                if (!Files.isDirectory(real)) throw new IllegalArgumentException("--scenario-dir " + d + ": not a directory");
                roots.add(real);
            } catch (IOException e) {
                throw new IllegalArgumentException("--scenario-dir " + d + ": no such directory");
            }
        }
        return roots.isEmpty() ? NONE : new FileAccess(false, List.copyOf(roots));
    }

    public boolean unrestricted() {
        return unrestricted;
    }

    /** The allowed directories (canonical); empty when unrestricted or when no file is allowed. */
    public List<Path> roots() {
        return roots;
    }

    /**
     * The canonical path of the regular file {@code name} names, if this access allows it. A relative name is
     * looked up under each allowed directory in turn. Empty for anything refused, whatever the reason.
     */
    public Optional<Path> file(String name) {
        if (unrestricted) {
            try {
                Path p = Path.of(name);
                return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        if (name.isEmpty() || name.indexOf('\0') >= 0) return Optional.empty();
        for (Path root : roots) {
            Optional<Path> found = under(root, name);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static Optional<Path> under(Path root, String name) {
        try {
            Path real = root.resolve(name).toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) && Files.isReadable(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return unrestricted ? "any file" : roots.isEmpty() ? "no file" : "files under " + roots;
    }
}
