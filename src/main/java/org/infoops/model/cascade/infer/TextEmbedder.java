package org.infoops.model.cascade.infer;

import java.util.List;

/**
 * Turns post texts into fixed-length vectors. The default is the paper's all-MiniLM-L6-v2
 * ({@link MiniLmEmbedder}, 384 dimensions, section "Infection model"); {@link HashedNgramEmbedder} is a fast,
 * model-free alternative for very large sweeps and quick tests. Implementations are deterministic and thread-safe.
 */
public interface TextEmbedder {
    /** Length of every vector this embedder returns. */
    int dimension();

    /** One vector per text, in order. */
    float[][] embed(List<String> texts);

    /** A short name for reports and cache keys, e.g. "all-MiniLM-L6-v2-q". */
    String name();

    /** The embedder called {@code name}: "minilm" (the paper's model) or "hashed". */
    static TextEmbedder named(String name) {
        return switch (name) {
            case "minilm" -> new MiniLmEmbedder();
            case "hashed" -> new HashedNgramEmbedder(384);
            default -> throw new IllegalArgumentException("embedder: '" + name + "' is unknown; allowed: minilm, hashed");
        };
    }
}
