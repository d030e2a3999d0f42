package org.infoops.model.cascade;

/**
 * The infection model IM of the paper: the probability that the follower {@code target(e)} reshares
 * {@code post} when exposed to it through edge {@code e = (u -> v)} of the spread network.
 *
 * <p>The paper precomputes these probabilities for the seed post before running the 1,000 trials
 * (section "Results": "the ability to pre-compute all required infection probabilities"); the engine
 * does the same through {@link #forPost}. Implementations must be thread-safe and deterministic.
 */
public interface InfectionModel {

    /** Probability in [0, 1] that {@code net.target(edge)} is infected when exposed to {@code post} via {@code edge}. */
    double probability(CascadePost post, int edge);

    /**
     * All edge probabilities for one post, indexed by edge. The default loops over {@link #probability};
     * a calibrated model overrides it with a batched path (one feature matrix, one model call).
     */
    default float[] forPost(CascadePost post, SpreadNetwork net) {
        float[] p = new float[net.edgeCount()];
        for (int e = 0; e < p.length; e++) {
            p[e] = (float) probability(post, e);
        }
        return p;
    }
}
