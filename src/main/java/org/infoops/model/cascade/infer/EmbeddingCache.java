package org.infoops.model.cascade.infer;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw (384-d) post embeddings cached by post id, so a post is embedded once per run however often it is seen
 * (training, history averages, every seed of a sweep), and optionally kept on disk by the scenario layer so reruns
 * skip the embedder. Identical texts within one call are embedded once; a post whose text changed (a mutation
 * keeping the id) is embedded again. Thread-safe.
 */
public final class EmbeddingCache {
    private final TextEmbedder embedder;
    private final Long2ObjectOpenHashMap<float[]> byPost = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectOpenHashMap<String> textOf = new Long2ObjectOpenHashMap<>();

    public EmbeddingCache(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    public TextEmbedder embedder() {
        return embedder;
    }

    /** The embedding of each (id, text), computing only those not cached yet. */
    public synchronized float[][] embed(long[] ids, List<String> texts) {
        Map<String, Integer> missingTexts = new HashMap<>();
        List<String> toEmbed = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (!cached(ids[i], texts.get(i)) && !missingTexts.containsKey(texts.get(i))) {
                missingTexts.put(texts.get(i), toEmbed.size());
                toEmbed.add(texts.get(i));
            }
        }
        float[][] fresh = toEmbed.isEmpty() ? new float[0][] : embedder.embed(toEmbed);
        float[][] out = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            float[] v;
            if (cached(ids[i], texts.get(i))) {
                v = byPost.get(ids[i]);
            } else {
                v = fresh[missingTexts.get(texts.get(i))];
                byPost.put(ids[i], v);
                textOf.put(ids[i], texts.get(i));
            }
            out[i] = v;
        }
        return out;
    }

    private boolean cached(long id, String text) {
        return byPost.containsKey(id) && text.equals(textOf.get(id));
    }

    public synchronized int size() {
        return byPost.size();
    }

    /** Writes the cache (embedder name, dimension, then id, text and vector per post). */
    public synchronized void writeTo(DataOutput out) throws IOException {
        out.writeUTF(embedder.name());
        out.writeInt(embedder.dimension());
        out.writeInt(byPost.size());
        long[] keys = byPost.keySet().toLongArray();
        java.util.Arrays.sort(keys);
        for (long id : keys) {
            out.writeLong(id);
            String text = textOf.get(id);
            out.writeUTF(text == null ? "" : text);
            for (float x : byPost.get(id)) {
                out.writeFloat(x);
            }
        }
    }

    /**
     * Reads a cache written by {@link #writeTo} for the same embedder (one from another embedder is ignored: false);
     * entries whose text differs from a later request are embedded again, so a cache from another world is harmless.
     */
    public synchronized boolean readFrom(DataInput in) throws IOException {
        if (!in.readUTF().equals(embedder.name()) || in.readInt() != embedder.dimension()) {
            return false;
        }
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            long id = in.readLong();
            String text = in.readUTF();
            float[] v = new float[embedder.dimension()];
            for (int j = 0; j < v.length; j++) {
                v[j] = in.readFloat();
            }
            byPost.put(id, v);
            textOf.put(id, text);
        }
        return true;
    }
}
