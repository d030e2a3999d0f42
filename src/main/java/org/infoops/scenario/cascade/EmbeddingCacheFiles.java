package org.infoops.scenario.cascade;

import org.infoops.model.cascade.infer.EmbeddingCache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An embedding cache kept on disk, one file per embedder ({@code embeddings-<embedder>.bin} in a cache directory). */
final class EmbeddingCacheFiles {
    private EmbeddingCacheFiles() {}

    static Path file(Path cacheDir, String embedder) {
        return cacheDir.resolve("embeddings-" + embedder + ".bin");
    }

    /** Adds the entries saved in {@code file} to {@code cache}; false when there is none or it is another embedder's. */
    static boolean load(EmbeddingCache cache, Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return cache.readFrom(in);
        }
    }

    static void save(EmbeddingCache cache, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            cache.writeTo(out);
        }
    }

    /** Saves beside {@code file} and moves into place, so a process reading the cache never sees half of it. */
    static void saveAtomically(EmbeddingCache cache, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            save(cache, tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
