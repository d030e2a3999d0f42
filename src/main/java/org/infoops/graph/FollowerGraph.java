package org.infoops.graph;

import java.util.Arrays;

/**
 * The social graph for hot simulation loops: agents are ints 0..n-1, and an edge u -> v means "u follows v"
 * (Diluvsion Fig. 5 caption: out-degree = followees, in-degree = followers; information flows v -> u).
 *
 * <p>Hand-written rather than a JGraphT graph: delivering a tweet iterates an author's followers millions of
 * times per run, and JGraphT's object graph costs an edge object plus hash-set entries per edge. Here each
 * adjacency list is a growable int array, so iteration is a plain array scan and a 100,000-agent graph stays
 * a few tens of MB. Follow/unfollow are rare (under 1% of actions), so linear membership checks suffice.
 * JGraphT is used for analysis and I/O via {@link JGraphTAdapter}.
 */
public final class FollowerGraph {
    private static final int[] EMPTY = new int[0];

    private final int[][] followees; // out-neighbours
    private final int[] followeeCount;
    private final int[][] followers; // in-neighbours
    private final int[] followerCount;
    private long edges;

    public FollowerGraph(int n) {
        followees = new int[n][];
        followers = new int[n][];
        followeeCount = new int[n];
        followerCount = new int[n];
        Arrays.fill(followees, EMPTY);
        Arrays.fill(followers, EMPTY);
    }

    /** A deep copy: simulations mutate their graph, the generated original stays reusable across runs. */
    public FollowerGraph copy() {
        FollowerGraph g = new FollowerGraph(size());
        for (int v = 0; v < size(); v++) {
            g.followees[v] = Arrays.copyOf(followees[v], followeeCount[v]);
            g.followeeCount[v] = followeeCount[v];
            g.followers[v] = Arrays.copyOf(followers[v], followerCount[v]);
            g.followerCount[v] = followerCount[v];
        }
        g.edges = edges;
        return g;
    }

    /** The same graph with {@code extra} new isolated nodes appended (ids size()..size()+extra-1). */
    public FollowerGraph withExtraNodes(int extra) {
        FollowerGraph g = new FollowerGraph(size() + extra);
        for (int v = 0; v < size(); v++) {
            g.followees[v] = Arrays.copyOf(followees[v], followeeCount[v]);
            g.followeeCount[v] = followeeCount[v];
            g.followers[v] = Arrays.copyOf(followers[v], followerCount[v]);
            g.followerCount[v] = followerCount[v];
        }
        g.edges = edges;
        return g;
    }

    public int size() {
        return followerCount.length;
    }

    public long edgeCount() {
        return edges;
    }

    public int followerCount(int v) {
        return followerCount[v];
    }

    public int followeeCount(int v) {
        return followeeCount[v];
    }

    /** Backing array of v's followers; only the first {@link #followerCount(int)} entries are valid. */
    public int[] followersArray(int v) {
        return followers[v];
    }

    /** Backing array of v's followees; only the first {@link #followeeCount(int)} entries are valid. */
    public int[] followeesArray(int v) {
        return followees[v];
    }

    public boolean follows(int u, int v) {
        // Scan the shorter list.
        if (followeeCount[u] <= followerCount[v]) {
            return indexOf(followees[u], followeeCount[u], v) >= 0;
        }
        return indexOf(followers[v], followerCount[v], u) >= 0;
    }

    /** Adds "u follows v"; returns false (and changes nothing) for a self-loop or an existing edge. */
    public boolean follow(int u, int v) {
        if (u == v || follows(u, v)) return false;
        followees[u] = append(followees[u], followeeCount[u]++, v);
        followers[v] = append(followers[v], followerCount[v]++, u);
        edges++;
        return true;
    }

    /** Removes "u follows v"; returns false if there was no such edge. */
    public boolean unfollow(int u, int v) {
        int i = indexOf(followees[u], followeeCount[u], v);
        if (i < 0) return false;
        removeAt(followees[u], i, --followeeCount[u]);
        int j = indexOf(followers[v], followerCount[v], u);
        removeAt(followers[v], j, --followerCount[v]);
        edges--;
        return true;
    }

    private static int[] append(int[] a, int size, int value) {
        if (size == a.length) a = Arrays.copyOf(a, Math.max(4, size * 2));
        a[size] = value;
        return a;
    }

    /** Swap-remove keeps removal O(1); adjacency order carries no meaning in the model. */
    private static void removeAt(int[] a, int i, int last) {
        a[i] = a[last];
    }

    private static int indexOf(int[] a, int size, int value) {
        for (int i = 0; i < size; i++) if (a[i] == value) return i;
        return -1;
    }
}
