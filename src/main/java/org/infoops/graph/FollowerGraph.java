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
    /**
     * Per node, whether this graph owns its followee (bit 0) and follower (bit 1) arrays. A copy of a frozen graph
     * shares the frozen graph's arrays and copies a node's array only when it first changes it (copy-on-write):
     * follows and unfollows touch under 1% of the nodes in a run, so a world built on a shared graph costs a few
     * bytes per node instead of a copy of every edge.
     */
    private final byte[] owned;
    private static final byte OWN_FOLLOWEES = 1, OWN_FOLLOWERS = 2;
    private long edges;
    private boolean frozen;

    public FollowerGraph(int n) {
        followees = new int[n][];
        followers = new int[n][];
        followeeCount = new int[n];
        followerCount = new int[n];
        owned = new byte[n];
        Arrays.fill(owned, (byte) (OWN_FOLLOWEES | OWN_FOLLOWERS)); // EMPTY is never written: append replaces it
        Arrays.fill(followees, EMPTY);
        Arrays.fill(followers, EMPTY);
    }

    /**
     * A copy that may be changed without changing this graph: simulations mutate their graph, the generated original
     * stays reusable across runs. Deep for a graph that may still change; copy-on-write for a {@link #freeze frozen}
     * one, whose arrays never change again and may be shared by any number of copies on any threads.
     */
    public FollowerGraph copy() {
        return withExtraNodes(0);
    }

    /** The same graph with {@code extra} new isolated nodes appended (ids size()..size()+extra-1); a {@link #copy}. */
    public FollowerGraph withExtraNodes(int extra) {
        FollowerGraph g = new FollowerGraph(size() + extra);
        for (int v = 0; v < size(); v++) {
            if (frozen) {
                g.followees[v] = followees[v];
                g.followers[v] = followers[v];
                g.owned[v] = 0;
            } else {
                g.followees[v] = Arrays.copyOf(followees[v], followeeCount[v]);
                g.followers[v] = Arrays.copyOf(followers[v], followerCount[v]);
            }
            g.followeeCount[v] = followeeCount[v];
            g.followerCount[v] = followerCount[v];
        }
        g.edges = edges;
        return g;
    }

    /**
     * Makes this graph read-only from now on (follow and unfollow throw), with every adjacency array trimmed to its
     * length, so that it can be shared between runs, sessions and threads and {@link #copy copied} in O(nodes).
     * Returns this graph.
     */
    public FollowerGraph freeze() {
        if (frozen) return this;
        for (int v = 0; v < size(); v++) {
            if (followees[v].length != followeeCount[v]) followees[v] = Arrays.copyOf(followees[v], followeeCount[v]);
            if (followers[v].length != followerCount[v]) followers[v] = Arrays.copyOf(followers[v], followerCount[v]);
        }
        Arrays.fill(owned, (byte) 0);
        frozen = true;
        return this;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /**
     * Heap this graph holds, in bytes (array headers and int slots, 64-bit JVM with compressed pointers); arrays a
     * copy-on-write copy still shares with its frozen original are counted too.
     */
    public long memoryBytes() {
        long bytes = 4L * 16 + 4L * 4 * size() + size(); // the six per-node arrays (four of refs or ints, one of bytes)
        for (int v = 0; v < size(); v++) bytes += 2 * 16 + 4L * followees[v].length + 4L * followers[v].length;
        return bytes;
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
        requireMutable();
        if (u == v || follows(u, v)) return false;
        ownFollowees(u);
        ownFollowers(v);
        followees[u] = append(followees[u], followeeCount[u]++, v);
        followers[v] = append(followers[v], followerCount[v]++, u);
        edges++;
        return true;
    }

    /** Removes "u follows v"; returns false if there was no such edge. */
    public boolean unfollow(int u, int v) {
        requireMutable();
        int i = indexOf(followees[u], followeeCount[u], v);
        if (i < 0) return false;
        ownFollowees(u);
        ownFollowers(v);
        removeAt(followees[u], i, --followeeCount[u]);
        int j = indexOf(followers[v], followerCount[v], u);
        removeAt(followers[v], j, --followerCount[v]);
        edges--;
        return true;
    }

    private void requireMutable() {
        if (frozen) throw new IllegalStateException("this graph is frozen (shared read-only); change a copy() of it");
    }

    /** Copy-on-write: before the first change of a node's list, take a private copy of the shared one. */
    private void ownFollowees(int u) {
        if ((owned[u] & OWN_FOLLOWEES) == 0) {
            followees[u] = Arrays.copyOf(followees[u], followeeCount[u]);
            owned[u] |= OWN_FOLLOWEES;
        }
    }

    private void ownFollowers(int v) {
        if ((owned[v] & OWN_FOLLOWERS) == 0) {
            followers[v] = Arrays.copyOf(followers[v], followerCount[v]);
            owned[v] |= OWN_FOLLOWERS;
        }
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
