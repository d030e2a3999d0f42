package org.infoops.model.cascade;

import java.util.Arrays;

/**
 * The spread network N_A as an immutable CSR (compressed sparse row) adjacency: edge {@code e = (u -> v)} means
 * v is a follower of u in the paper's Eq-1 sense (v has retweeted u, so v sees what u shares). Edges of u are
 * {@code firstEdge(u) .. endEdge(u)-1}, sorted by target, without duplicates or self-loops.
 *
 * <p>Nodes are dense indices 0..n-1; {@link #userId} maps them back to the user ids of the retweet table.
 * Communities (Leiden) are attached with {@link #withCommunities}; until then every node is in community 0.
 */
public final class SpreadNetwork {
    private final int[] offsets;   // length n+1
    private final int[] targets;   // length m
    private final int[] sources;   // length m: source(e), kept so per-edge models need no search
    private final long[] userIds;  // length n
    private final int[] communities; // length n
    private final int communityCount;

    private SpreadNetwork(int[] offsets, int[] targets, int[] sources, long[] userIds, int[] communities, int communityCount) {
        this.offsets = offsets;
        this.targets = targets;
        this.sources = sources;
        this.userIds = userIds;
        this.communities = communities;
        this.communityCount = communityCount;
    }

    /**
     * Builds the CSR from parallel edge arrays (u = src[i] -> v = dst[i]); duplicates and self-loops are dropped,
     * each node's edges are sorted by target. User ids default to the node indices.
     */
    public static SpreadNetwork fromEdges(int n, int[] src, int[] dst) {
        if (src.length != dst.length) {
            throw new IllegalArgumentException("src and dst differ in length: " + src.length + " vs " + dst.length);
        }
        // Encode (u, v) as one long and sort: a primitive sort is the cheapest dedupe for millions of edges.
        long[] keys = new long[src.length];
        int k = 0;
        for (int i = 0; i < src.length; i++) {
            int u = src[i], v = dst[i];
            if (u < 0 || u >= n || v < 0 || v >= n) {
                throw new IllegalArgumentException("edge " + i + " (" + u + " -> " + v + ") has a node outside 0.." + (n - 1));
            }
            if (u != v) {
                keys[k++] = ((long) u << 32) | (v & 0xffffffffL);
            }
        }
        Arrays.parallelSort(keys, 0, k);
        int m = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[m++] = keys[i];
            }
        }
        int[] offsets = new int[n + 1];
        int[] targets = new int[m];
        int[] sources = new int[m];
        for (int e = 0; e < m; e++) {
            int u = (int) (keys[e] >>> 32);
            sources[e] = u;
            targets[e] = (int) keys[e];
            offsets[u + 1]++;
        }
        for (int u = 0; u < n; u++) {
            offsets[u + 1] += offsets[u];
        }
        long[] ids = new long[n];
        for (int u = 0; u < n; u++) {
            ids[u] = u;
        }
        return new SpreadNetwork(offsets, targets, sources, ids, new int[n], n == 0 ? 0 : 1);
    }

    /** The same network with user ids for the nodes (e.g. the retweet table's ids). */
    public SpreadNetwork withUserIds(long[] ids) {
        if (ids.length != nodeCount()) {
            throw new IllegalArgumentException("need " + nodeCount() + " user ids, got " + ids.length);
        }
        return new SpreadNetwork(offsets, targets, sources, ids.clone(), communities, communityCount);
    }

    /** The same network with a community index (0..c-1) per node, e.g. from {@link LeidenCommunities}. */
    public SpreadNetwork withCommunities(int[] community) {
        if (community.length != nodeCount()) {
            throw new IllegalArgumentException("need " + nodeCount() + " community labels, got " + community.length);
        }
        int max = -1;
        for (int c : community) {
            if (c < 0) {
                throw new IllegalArgumentException("community labels must be >= 0, got " + c);
            }
            max = Math.max(max, c);
        }
        return new SpreadNetwork(offsets, targets, sources, userIds, community.clone(), max + 1);
    }

    public int nodeCount() {
        return offsets.length - 1;
    }

    public int edgeCount() {
        return targets.length;
    }

    public int firstEdge(int u) {
        return offsets[u];
    }

    public int endEdge(int u) {
        return offsets[u + 1];
    }

    /** Number of followers of u (out-degree in the spread direction). */
    public int followerCount(int u) {
        return offsets[u + 1] - offsets[u];
    }

    public int target(int e) {
        return targets[e];
    }

    public int source(int e) {
        return sources[e];
    }

    public long userId(int u) {
        return userIds[u];
    }

    public int community(int u) {
        return communities[u];
    }

    public int communityCount() {
        return communityCount;
    }

    /** Sizes of the communities, indexed by community. */
    public int[] communitySizes() {
        int[] sizes = new int[communityCount];
        for (int c : communities) {
            sizes[c]++;
        }
        return sizes;
    }

    /** Number of followees of each node (in-degree in the spread direction). */
    public int[] followeeCounts() {
        int[] in = new int[nodeCount()];
        for (int v : targets) {
            in[v]++;
        }
        return in;
    }

    /** Direct read access for hot loops (never modify). */
    int[] offsetsArray() {
        return offsets;
    }

    int[] targetsArray() {
        return targets;
    }
}
