package org.infoops.model.cascade;

import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Leiden community detection (Traag, Waltman and van Eck 2019; the paper's section "Community detection") with
 * the authors' reference implementation, {@code nl.cwts:networkanalysis}, maximising modularity the way its
 * {@code RunNetworkClustering} does: node weights = total edge weights and resolution / (2 m).
 *
 * <p>The spread network is directed; modularity here is on its undirected version, where an edge's weight is the
 * number of directions it exists in (1 or 2). Communities are numbered by size, largest first.
 */
public final class LeidenCommunities {
    private LeidenCommunities() {}

    /**
     * @param resolution modularity resolution (1.0 is standard modularity)
     * @param iterations Leiden iterations (the reference tool's default is 10)
     * @param seed       seed of the algorithm's own {@link Random}: same seed, same communities
     */
    public static int[] detect(SpreadNetwork net, double resolution, int iterations, long seed) {
        int n = net.nodeCount();
        if (n == 0) {
            return new int[0];
        }
        // Undirected edge list, each edge once (the library's Network adds the reverse); reciprocal pairs weigh 2.
        LargeIntArray from = new LargeIntArray(0), to = new LargeIntArray(0);
        LargeDoubleArray weight = new LargeDoubleArray(0);
        for (int u = 0; u < n; u++) {
            for (int e = net.firstEdge(u); e < net.endEdge(u); e++) {
                int v = net.target(e);
                boolean reciprocal = hasEdge(net, v, u);
                if (reciprocal && v < u) {
                    continue; // counted once, from the smaller endpoint, with weight 2
                }
                double w = reciprocal ? 2.0 : 1.0;
                from.append(u);
                to.append(v);
                weight.append(w);
            }
        }
        Network network = new Network(n, true, new LargeIntArray[] {from, to}, weight, false, true);
        double totalWeight = network.getTotalEdgeWeight() * 2 + network.getTotalEdgeWeightSelfLinks();
        LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / totalWeight, iterations,
                LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        Clustering clustering = new Clustering(n);
        clustering.initSingletonClusters();
        leiden.improveClustering(network, clustering);
        clustering.orderClustersByNNodes();
        return clustering.getClusters();
    }

    private static boolean hasEdge(SpreadNetwork net, int u, int v) {
        int lo = net.firstEdge(u), hi = net.endEdge(u) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int t = net.target(mid);
            if (t < v) lo = mid + 1;
            else if (t > v) hi = mid - 1;
            else return true;
        }
        return false;
    }
}
