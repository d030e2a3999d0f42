package org.infoops.model.cascade.infer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's sentence embedding model, all-MiniLM-L6-v2 (Reimers and Gurevych; section "Infection model"), in
 * its quantised ONNX form run in-process by langchain4j's ONNX Runtime wrapper: no network access, about 3 ms a
 * post on one core of the project machine. The model loads lazily on first use (about 1 s).
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2-q";
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<Embedding> out = model().embedAll(segments).content();
        float[][] vectors = new float[out.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = out.get(i).vector();
        }
        return vectors;
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
