package org.infoops.model.cascade.infer;

import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.InfectionModel;
import org.infoops.model.cascade.SpreadNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper's infection model IM(f_j, u_k, T_i) on the cloned network: boosted-tree score of (follower, originator,
 * post text), recalibrated by the degree-11 polynomial, times the constant alpha (paper: 3.0, section "Results"),
 * capped at 1. The probability depends on the edge's target (the follower) and the post (its originator and text),
 * so {@link #forPost} scores each distinct follower once in one batch, as the paper precomputes probabilities
 * before the trials. Results are cached per post strain (id, originator, text), so sweeps and repeated seeds do
 * not recompute; quote strains met inside a cascade are scored lazily, follower by follower.
 */
public final class CalibratedInfectionModel implements InfectionModel {
    private static final int CACHED_STRAINS = 512;

    private final SpreadNetwork net;
    private final InfectionFeatures features;
    private final InfectionClassifier classifier;
    private final PolynomialCalibration calibration;
    private final LinearAutoencoder post96;
    private final EmbeddingCache embeddings;
    private final double alpha;
    private final Map<Strain, float[]> byFollower = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Strain, float[]> eldest) {
            return size() > CACHED_STRAINS;
        }
    };

    private record Strain(long id, int author, String text) {
        static Strain of(CascadePost p) {
            return new Strain(p.id(), p.author(), p.text());
        }
    }

    public CalibratedInfectionModel(SpreadNetwork net, InfectionFeatures features, InfectionClassifier classifier,
                                    PolynomialCalibration calibration, LinearAutoencoder post96,
                                    EmbeddingCache embeddings, double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha: " + alpha + " is out of range; allowed: > 0 (paper: 3.0)");
        }
        if (features.users().nodeCount() != net.nodeCount()) {
            throw new IllegalArgumentException("features cover " + features.users().nodeCount() + " users, network has " + net.nodeCount());
        }
        this.net = net;
        this.features = features;
        this.classifier = classifier;
        this.calibration = calibration;
        this.post96 = post96;
        this.embeddings = embeddings;
        this.alpha = alpha;
    }

    /** The same trained model with another alpha (shares the embedding cache, not the probability cache). */
    public CalibratedInfectionModel withAlpha(double newAlpha) {
        return new CalibratedInfectionModel(net, features, classifier, calibration, post96, embeddings, newAlpha);
    }

    public double alpha() {
        return alpha;
    }

    public SpreadNetwork network() {
        return net;
    }

    /** The trained parts, for {@link TrainedModelStore} to persist. */
    InfectionFeatures features() {
        return features;
    }

    InfectionClassifier classifier() {
        return classifier;
    }

    PolynomialCalibration calibration() {
        return calibration;
    }

    LinearAutoencoder postEncoder() {
        return post96;
    }

    @Override
    public double probability(CascadePost post, int edge) {
        int follower = net.target(edge);
        float[] p = strain(post);
        synchronized (p) {
            if (Float.isNaN(p[follower])) {
                // score every unscored follower of this edge's sharer in one call: a quote strain is shared by its
                // quoting user, so this is one batch per strain rather than one tiny model call per edge
                int u = net.source(edge);
                int[] unscored = java.util.stream.IntStream.range(net.firstEdge(u), net.endEdge(u)).map(net::target)
                        .filter(v -> Float.isNaN(p[v])).toArray();
                score(post, unscored, p);
            }
            return p[follower];
        }
    }

    @Override
    public float[] forPost(CascadePost post, SpreadNetwork network) {
        if (network != net) {
            throw new IllegalArgumentException("this infection model was trained for another network (" + net.nodeCount()
                    + " users); got one with " + network.nodeCount());
        }
        float[] p = strain(post);
        synchronized (p) {
            boolean[] need = new boolean[net.nodeCount()];
            for (int e = 0; e < net.edgeCount(); e++) {
                int v = net.target(e);
                need[v] = Float.isNaN(p[v]);
            }
            int[] unscored = java.util.stream.IntStream.range(0, need.length).filter(v -> need[v]).toArray();
            if (unscored.length > 0) {
                score(post, unscored, p);
            }
            float[] out = new float[net.edgeCount()];
            for (int e = 0; e < out.length; e++) {
                out[e] = p[net.target(e)];
            }
            return out;
        }
    }

    /**
     * Edge probabilities for a run truncated after the first infection layer (the paper's Fig 6 runs): only the
     * author's own edges can be used, so only the author's followers are scored; all other edges are 0.
     */
    public float[] forPostFirstLayer(CascadePost post) {
        float[] p = strain(post);
        synchronized (p) {
            int a = post.author();
            int[] unscored = java.util.stream.IntStream.range(net.firstEdge(a), net.endEdge(a)).map(net::target)
                    .filter(v -> Float.isNaN(p[v])).toArray();
            if (unscored.length > 0) score(post, unscored, p);
            float[] out = new float[net.edgeCount()];
            for (int e = net.firstEdge(a); e < net.endEdge(a); e++) out[e] = p[net.target(e)];
            return out;
        }
    }

    /** Calibrated, alpha-scaled probability per follower node for one post (all nodes), for reports. */
    public float[] byFollower(CascadePost post) {
        float[] p = strain(post);
        synchronized (p) {
            int[] unscored = java.util.stream.IntStream.range(0, p.length).filter(v -> Float.isNaN(p[v])).toArray();
            if (unscored.length > 0) score(post, unscored, p);
            return p.clone();
        }
    }

    private float[] strain(CascadePost post) {
        synchronized (byFollower) {
            return byFollower.computeIfAbsent(Strain.of(post), s -> {
                float[] p = new float[net.nodeCount()];
                Arrays.fill(p, Float.NaN);
                return p;
            });
        }
    }

    private void score(CascadePost post, int[] followers, float[] into) {
        float[] raw = embeddings.embed(new long[] {post.id()}, List.of(post.text()))[0];
        float[] code = post96.encode(raw);
        List<double[]> rows = new ArrayList<>(followers.length);
        for (int f : followers) {
            rows.add(features.row(post.author(), f, code));
        }
        double[] scores;
        synchronized (classifier) {
            scores = classifier.probabilities(rows);
        }
        for (int i = 0; i < followers.length; i++) {
            into[followers[i]] = (float) Math.min(1, alpha * calibration.apply(scores[i]));
        }
    }
}
