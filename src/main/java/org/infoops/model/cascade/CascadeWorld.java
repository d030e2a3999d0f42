package org.infoops.model.cascade;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * The cloned network N_A ready for cascades: selected from a retweet table as in the paper's section "Network
 * selection" (Eq 1, then the modified snowball sampling from U_T), with Leiden communities, and the source user u_S.
 *
 * @param network    N_A with user ids and communities
 * @param sourceNode u_S as a node index of {@code network}
 */
public record CascadeWorld(SpreadNetwork network, int sourceNode) {

    /**
     * @param seedUsers   U_T, the users who shared the source post; empty means "u_S and everyone who retweeted u_S"
     *                    (our stand-in when no source-post sharers are known)
     * @param sourceUser  u_S as a user id, or -1 for the user with the most retweeters
     * @param size        the number of users of N_A (paper: 10,000)
     */
    public static CascadeWorld fromRetweets(RetweetTable table, long[] seedUsers, long sourceUser, int size,
                                            double resolution, int iterations, long leidenSeed) {
        RetweetGraph graph = RetweetGraph.of(table);
        int source;
        if (sourceUser < 0) {
            source = 0;
            for (int u = 1; u < graph.userCount(); u++) {
                if (graph.retweeters(u).length > graph.retweeters(source).length) source = u;
            }
        } else {
            source = graph.indexOf(sourceUser);
            if (source < 0) throw new IllegalArgumentException("source user " + sourceUser + " is not in the retweet table");
        }
        int[] seeds;
        if (seedUsers.length == 0) {
            int[] retweeters = graph.retweeters(source);
            seeds = new int[retweeters.length + 1];
            seeds[0] = source;
            System.arraycopy(retweeters, 0, seeds, 1, retweeters.length);
        } else {
            seeds = new int[seedUsers.length + 1];
            seeds[0] = source;
            for (int i = 0; i < seedUsers.length; i++) {
                seeds[i + 1] = graph.indexOf(seedUsers[i]);
                if (seeds[i + 1] < 0) throw new IllegalArgumentException("seed user " + seedUsers[i] + " is not in the retweet table");
            }
        }
        int[] nodes = SnowballSampler.sample(graph, seeds, size);
        SpreadNetwork net = graph.subnetwork(nodes);
        net = net.withCommunities(LeidenCommunities.detect(net, resolution, iterations, leidenSeed));
        return new CascadeWorld(net, 0); // the source joined N_A first
    }

    /**
     * QM(u) for every user when no per-user quote history is given: Beta(mean k, (1 - mean) k), the paper's
     * "empirical frequency at which u quote tweets" replaced by a draw with that mean. Zero mean gives null
     * (no quotes, the paper's no-mutation benchmark).
     */
    public float[] quoteProbabilities(double mean, double concentration, UniformRandomProvider rng) {
        if (mean == 0) return null;
        var a = AhrensDieterMarsagliaTsangGammaSampler.of(rng, mean * concentration, 1);
        var b = AhrensDieterMarsagliaTsangGammaSampler.of(rng, (1 - mean) * concentration, 1);
        float[] qm = new float[network.nodeCount()];
        for (int u = 0; u < qm.length; u++) {
            double x = a.sample(), y = b.sample();
            qm[u] = (float) (x / (x + y));
        }
        return qm;
    }
}
