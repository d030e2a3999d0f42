package org.infoops.model.cascade;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.infoops.kernel.RandomStreams;

/**
 * Everything a cascade needs besides the seed post and the countermeasures: the network, the infection model,
 * QM(u) per user and the mutation hook. Seed-post edge probabilities are precomputed once per post (the paper's
 * speed-up) and kept, so countermeasure sweeps over the same post reuse them.
 *
 * @param quoteProbability QM(u) per node, or null when quotes are off
 * @param maxLayers        Integer.MAX_VALUE for full cascades, 1 for the paper's first-layer validation runs
 */
public record CascadeSetup(SpreadNetwork network, InfectionModel model, float[] quoteProbability, Mutation mutation,
                           int maxLayers, Map<Long, float[]> probabilityCache) {

    public CascadeSetup(SpreadNetwork network, InfectionModel model, float[] quoteProbability, Mutation mutation, int maxLayers) {
        this(network, model, quoteProbability, mutation, maxLayers, new ConcurrentHashMap<>());
    }

    /** Full cascades, no quotes, the static baseline or any model. */
    public static CascadeSetup of(SpreadNetwork network, InfectionModel model) {
        return new CascadeSetup(network, model, null, Mutation.KEEP_TEXT, Integer.MAX_VALUE);
    }

    /** IM for the post on every edge, computed on first use (posts are identified by id). */
    public float[] seedProbabilities(CascadePost post) {
        return probabilityCache.computeIfAbsent(post.id(), id -> model.forPost(post, network));
    }

    public CascadeEngine engine(CascadePost post, Countermeasures countermeasures) {
        return new CascadeEngine(network, post, seedProbabilities(post), model, quoteProbability, mutation,
                countermeasures, maxLayers);
    }

    public CascadeResult run(CascadePost post, Countermeasures countermeasures, int trials, RandomStreams streams, int threads) {
        return CascadeTrials.run(engine(post, countermeasures), trials, streams, threads);
    }

    public CascadeResult run(CascadePost post, int trials, RandomStreams streams, int threads) {
        return run(post, Countermeasures.none(network.nodeCount()), trials, streams, threads);
    }
}
