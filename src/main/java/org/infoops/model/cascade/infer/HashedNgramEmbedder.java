package org.infoops.model.cascade.infer;

import java.util.List;
import java.util.Locale;

/**
 * A fast, model-free text encoder: word unigrams, word bigrams and character trigrams hashed into a fixed number
 * of signed buckets (the "hashing trick"), L2-normalised. Texts sharing words land close together, which is
 * enough for template-built posts; it is thousands of times faster than a transformer. Hand-written because it
 * is a dozen lines and no dependency offers exactly this.
 */
public final class HashedNgramEmbedder implements TextEmbedder {
    private final int dimension;

    public HashedNgramEmbedder(int dimension) {
        if (dimension < 8) {
            throw new IllegalArgumentException("dimension: " + dimension + " is too small; allowed: 8 or more");
        }
        this.dimension = dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String name() {
        return "hashed-ngram-" + dimension;
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embed(texts.get(i));
        }
        return out;
    }

    float[] embed(String text) {
        float[] v = new float[dimension];
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            add(v, "w:" + words[i], 1f);
            if (i > 0) {
                add(v, "b:" + words[i - 1] + ' ' + words[i], 1f);
            }
            String padded = '<' + words[i] + '>';
            for (int j = 0; j + 3 <= padded.length(); j++) {
                add(v, "c:" + padded.substring(j, j + 3), 0.3f);
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    private void add(float[] v, String gram, float weight) {
        long h = 1125899906842597L;   // a fixed polynomial string hash, then a 64-bit finaliser: stable across JVMs
        for (int i = 0; i < gram.length(); i++) {
            h = 31 * h + gram.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        int bucket = (int) Long.remainderUnsigned(h, dimension);
        v[bucket] += ((h >>> 63) == 0 ? weight : -weight);
    }
}
