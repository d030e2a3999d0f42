package org.infoops.model.cascade.infer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EmbeddingTest {
    static double cosine(float[] a, float[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }

    private static final List<String> SENTENCES = List.of(
            "Big pharma quietly admitted the side effects of the vaccine shots.",
            "The health agency is hiding the real injury numbers from the vaccine trial.",
            "My grandmother makes the best lemon chicken with a simple marinade.");

    @Test
    void realMiniLmEmbedsTopicallyAndOffline() {
        TextEmbedder minilm = TextEmbedder.named("minilm");
        float[][] v = minilm.embed(SENTENCES);
        assertEquals(384, minilm.dimension());
        assertEquals(384, v[0].length);
        assertTrue(cosine(v[0], v[1]) > cosine(v[0], v[2]) + 0.2,
                "vaccine posts closer to each other (" + cosine(v[0], v[1]) + ") than to cooking (" + cosine(v[0], v[2]) + ")");
        assertArrayEquals(v[0], minilm.embed(List.of(SENTENCES.get(0)))[0], 1e-5f, "deterministic");
    }

    @Test
    void hashedEncoderIsNormalisedAndSeesSharedWords() {
        TextEmbedder hashed = TextEmbedder.named("hashed");
        float[][] v = hashed.embed(List.of("the vaccine makers are hiding the side effects",
                "the vaccine makers covered up the side effects", "a warm apple pie for dinner"));
        assertEquals(1.0, cosine(v[0], v[0]), 1e-6);
        assertTrue(cosine(v[0], v[1]) > cosine(v[0], v[2]));
    }

    @Test
    void cacheEmbedsEachPostOnceAndReembedsChangedText() {
        int[] calls = {0};
        TextEmbedder counting = new TextEmbedder() {
            final HashedNgramEmbedder inner = new HashedNgramEmbedder(64);
            public int dimension() { return 64; }
            public String name() { return "counting"; }
            public float[][] embed(List<String> texts) { calls[0] += texts.size(); return inner.embed(texts); }
        };
        EmbeddingCache cache = new EmbeddingCache(counting);
        cache.embed(new long[] {1, 2, 3}, List.of("a b", "c d", "a b"));
        assertEquals(2, calls[0], "identical texts embedded once");
        cache.embed(new long[] {1, 2}, List.of("a b", "c d"));
        assertEquals(2, calls[0], "cached posts are not embedded again");
        cache.embed(new long[] {1}, List.of("a b with a comment"));
        assertEquals(3, calls[0], "a changed text is embedded again");
    }

    @Test
    void linearAutoencoderRecoversAPlantedSubspace() {
        var rng = new org.infoops.kernel.RandomStreams(5).stream("pca");
        float[][] rows = new float[500][10];
        for (float[] r : rows) {
            double a = rng.nextDouble() * 4 - 2, b = rng.nextDouble() - 0.5;
            for (int j = 0; j < 10; j++) r[j] = (float) (a * (j % 2 == 0 ? 1 : -1) + b * j / 10.0 + 3);
        }
        LinearAutoencoder ae = LinearAutoencoder.fit(rows, 2);
        for (float[] r : rows) {
            assertArrayEquals(r, ae.decode(ae.encode(r)), 1e-3f, "a 2-d subspace is reconstructed exactly");
        }
        assertArrayEquals(ae.encode(rows[0]), LinearAutoencoder.fit(rows, 2).encode(rows[0]), 1e-6f, "reproducible signs");
    }
}
