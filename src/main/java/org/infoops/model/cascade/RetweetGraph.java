package org.infoops.model.cascade;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * The base network U_A built from a {@link RetweetTable} with the paper's Eq 1: e_ij = 1 iff |R_ij| > 0, where
 * R_ij is the set of u_i's posts retweeted by u_j; the edge points from the author u_i to the retweeter u_j
 * (u_j follows u_i in the paper's sense). Keeps the summed counts |R_ij| in both directions, which the
 * snowball sampling ranks by.
 */
public final class RetweetGraph {
    private final long[] userIds;
    private final int[] outOffsets, outTargets, outCounts; // author -> retweeters, |R_ij|
    private final int[] inOffsets, inSources, inCounts;    // retweeter <- authors, |R_ji| seen from the retweeter

    private RetweetGraph(long[] userIds, int[] outOffsets, int[] outTargets, int[] outCounts,
                         int[] inOffsets, int[] inSources, int[] inCounts) {
        this.userIds = userIds;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.outCounts = outCounts;
        this.inOffsets = inOffsets;
        this.inSources = inSources;
        this.inCounts = inCounts;
    }

    /** Eq 1 of the paper: an edge exists iff at least one post of the author was retweeted by the retweeter. */
    public static boolean edge(int retweetCount) {
        return retweetCount > 0;
    }

    /** Indexes users (sorted by id, so the result does not depend on row order), sums counts per pair, applies Eq 1. */
    public static RetweetGraph of(RetweetTable table) {
        int rows = table.rowCount();
        long[] ids = new long[2 * rows];
        for (int i = 0; i < rows; i++) {
            ids[2 * i] = table.author(i);
            ids[2 * i + 1] = table.retweeter(i);
        }
        Arrays.parallelSort(ids);
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) ids[n++] = ids[i];
        }
        long[] userIds = Arrays.copyOf(ids, n);
        Long2IntOpenHashMap index = new Long2IntOpenHashMap(n);
        for (int u = 0; u < n; u++) index.put(userIds[u], u);

        // Sort (author, retweeter) pairs together with their row so counts of repeated pairs can be summed.
        long[] keys = new long[rows];
        int[] order = new int[rows];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            int a = index.get(table.author(i)), r = index.get(table.retweeter(i));
            if (a != r && edge(table.count(i))) {
                keys[k] = ((long) a << 32) | r;
                order[k++] = i;
            }
        }
        long[] pairs = Arrays.copyOf(keys, k);
        Arrays.parallelSort(pairs);
        // Sum counts: a second pass over rows accumulates into the deduplicated pair positions.
        int m = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) pairs[m++] = pairs[i];
        }
        int[] counts = new int[m];
        for (int i = 0; i < k; i++) {
            int pos = Arrays.binarySearch(pairs, 0, m, keys[i]);
            counts[pos] += table.count(order[i]);
        }
        int[] outOffsets = new int[n + 1], outTargets = new int[m];
        int[] inOffsets = new int[n + 1], inSources = new int[m], inCounts = new int[m];
        for (int e = 0; e < m; e++) {
            outOffsets[(int) (pairs[e] >>> 32) + 1]++;
            outTargets[e] = (int) pairs[e];
            inOffsets[(int) pairs[e] + 1]++;
        }
        for (int u = 0; u < n; u++) {
            outOffsets[u + 1] += outOffsets[u];
            inOffsets[u + 1] += inOffsets[u];
        }
        int[] fill = Arrays.copyOf(inOffsets, n);
        for (int e = 0; e < m; e++) {
            int a = (int) (pairs[e] >>> 32), r = (int) pairs[e];
            inSources[fill[r]] = a;
            inCounts[fill[r]++] = counts[e];
        }
        return new RetweetGraph(userIds, outOffsets, outTargets, counts, inOffsets, inSources, inCounts);
    }

    public int userCount() {
        return userIds.length;
    }

    public long userId(int u) {
        return userIds[u];
    }

    /** The index of a user id, or -1 when the user is not in the table. */
    public int indexOf(long userId) {
        int i = Arrays.binarySearch(userIds, userId);
        return i >= 0 ? i : -1;
    }

    public int edgeCount() {
        return outTargets.length;
    }

    /** Calls {@code visit(neighbour, count)} for every retweeter of u and every author u retweeted. */
    public void forEachNeighbour(int u, NeighbourVisitor visit) {
        for (int e = outOffsets[u]; e < outOffsets[u + 1]; e++) visit.accept(outTargets[e], outCounts[e]);
        for (int e = inOffsets[u]; e < inOffsets[u + 1]; e++) visit.accept(inSources[e], inCounts[e]);
    }

    /** Retweeters of u (followers in the Eq-1 sense). */
    public int[] retweeters(int u) {
        return Arrays.copyOfRange(outTargets, outOffsets[u], outOffsets[u + 1]);
    }

    @FunctionalInterface
    public interface NeighbourVisitor {
        void accept(int neighbour, int count);
    }

    /** The spread network induced on {@code nodes} (node i of the result is {@code nodes[i]}), keeping Eq-1 edges inside. */
    public SpreadNetwork subnetwork(int[] nodes) {
        int[] local = new int[userIds.length];
        Arrays.fill(local, -1);
        for (int i = 0; i < nodes.length; i++) local[nodes[i]] = i;
        int[] src = new int[outTargets.length], dst = new int[outTargets.length];
        int k = 0;
        for (int i = 0; i < nodes.length; i++) {
            int u = nodes[i];
            for (int e = outOffsets[u]; e < outOffsets[u + 1]; e++) {
                int v = local[outTargets[e]];
                if (v >= 0) {
                    src[k] = i;
                    dst[k++] = v;
                }
            }
        }
        long[] ids = new long[nodes.length];
        for (int i = 0; i < nodes.length; i++) ids[i] = userIds[nodes[i]];
        return SpreadNetwork.fromEdges(nodes.length, Arrays.copyOf(src, k), Arrays.copyOf(dst, k)).withUserIds(ids);
    }
}
