package org.infoops.model.cascade;

import java.util.Objects;

/**
 * A post that spreads through the cascade: the seed post T_S or a quote of it.
 *
 * @param id     a stable identifier (calibrated models may cache per-post embeddings by it)
 * @param author the originator Orig(T) in the paper's pseudocode: a node index of the {@link SpreadNetwork}
 * @param text   the post text (what the infection model embeds)
 * @param topic  the topic index when known (red-teaming, Figure 8C), or -1 when unknown
 */
public record CascadePost(long id, int author, String text, int topic) {
    public CascadePost {
        Objects.requireNonNull(text, "text");
        if (author < 0) {
            throw new IllegalArgumentException("author must be a node index >= 0, was " + author);
        }
        if (topic < -1) {
            throw new IllegalArgumentException("topic must be >= 0, or -1 when unknown; was " + topic);
        }
    }
}
