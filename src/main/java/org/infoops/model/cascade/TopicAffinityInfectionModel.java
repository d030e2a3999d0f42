package org.infoops.model.cascade;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * An explicit, topic-sensitive probability function for when no calibrated model is available: the probability that
 * a follower in community c reshares a post on topic k is {@code rate * affinity[c][k]} (capped at 1), with
 * log-normal affinities {@code exp(spread * Z - spread^2 / 2)} (mean 1, so the average rate stays {@code rate}).
 * Posts of unknown topic (-1) get affinity 1, i.e. the static baseline. Not from the paper: it stands in for the
 * calibrated model's topic sensitivity (Fig 8C) with a known ground truth.
 */
public final class TopicAffinityInfectionModel implements InfectionModel {
    private final SpreadNetwork net;
    private final double rate;
    private final double[][] affinity; // [community][topic]

    public TopicAffinityInfectionModel(SpreadNetwork net, double rate, int topics, double spread, UniformRandomProvider rng) {
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate must be in [0, 1], was " + rate);
        if (topics < 1) throw new IllegalArgumentException("topics must be >= 1, was " + topics);
        if (!(spread >= 0)) throw new IllegalArgumentException("spread must be >= 0, was " + spread);
        this.net = net;
        this.rate = rate;
        this.affinity = new double[net.communityCount()][topics];
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        for (double[] row : affinity) {
            for (int k = 0; k < topics; k++) row[k] = Math.exp(spread * normal.sample() - spread * spread / 2);
        }
    }

    public int topicCount() {
        return affinity.length == 0 ? 0 : affinity[0].length;
    }

    @Override
    public double probability(CascadePost post, int edge) {
        int topic = post.topic();
        if (topic < 0) return rate;
        if (topic >= topicCount()) {
            throw new IllegalArgumentException("post topic " + topic + " is outside 0.." + (topicCount() - 1));
        }
        return Math.min(1.0, rate * affinity[net.community(net.target(edge))][topic]);
    }
}
