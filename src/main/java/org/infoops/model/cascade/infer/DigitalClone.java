package org.infoops.model.cascade.infer;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.infoops.model.cascade.LeidenCommunities;
import org.infoops.model.cascade.RetweetGraph;
import org.infoops.model.cascade.SnowballSampler;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.base.BaseHistory;

/**
 * The cloned network N_A of a base history, built as the paper does with cascade-sim's parts: the Periods I-II
 * retweet table, Eq 1, the modified snowball sampling from the users U_T who shared the source post T_S (here
 * the most reshared Period III post), and Leiden communities.
 *
 * @param network    N_A with communities; node i is user {@code network.userId(i)}
 * @param nodeOfUser user id to node index (missing users map to -1)
 * @param sourcePost index (in the history's posts) of T_S
 */
public record DigitalClone(SpreadNetwork network, Long2IntOpenHashMap nodeOfUser, int sourcePost) {

    public static DigitalClone of(BaseHistory history, int size, double leidenResolution, int leidenIterations, long seed) {
        RetweetGraph graph = RetweetGraph.of(history.retweetTable());
        int source = history.viralPeriodThreePost();
        long[] sharers = history.resharers(source);
        it.unimi.dsi.fastutil.ints.IntArrayList seeds = new it.unimi.dsi.fastutil.ints.IntArrayList();
        int author = graph.indexOf(history.posts().get(source).author());
        if (author >= 0) {
            seeds.add(author);
        }
        for (long u : sharers) {
            int i = graph.indexOf(u);
            if (i >= 0) {
                seeds.add(i);
            }
        }
        int[] nodes = SnowballSampler.sample(graph, seeds.toIntArray(), size);
        SpreadNetwork net = graph.subnetwork(nodes);
        net = net.withCommunities(LeidenCommunities.detect(net, leidenResolution, leidenIterations, seed));
        Long2IntOpenHashMap nodeOf = new Long2IntOpenHashMap(net.nodeCount());
        nodeOf.defaultReturnValue(-1);
        for (int v = 0; v < net.nodeCount(); v++) {
            nodeOf.put(net.userId(v), v);
        }
        return new DigitalClone(net, nodeOf, source);
    }

    /** The node of a user id, or -1 when the user is outside N_A. */
    public int node(long userId) {
        return nodeOfUser.get(userId);
    }
}
