package org.infoops.graph;

/**
 * Weakly connected components (edge direction ignored) by union-find over the follower lists.
 *
 * <p>Hand-written rather than JGraphT's {@code ConnectivityInspector}: that needs the graph copied into an object
 * graph first (an edge object and hash entries per edge, ~1 GB for a 100,000-node Covid graph of ~10M edges),
 * while this works on the FollowerGraph's own arrays in O(E alpha(n)). The tests compare it with JGraphT.
 */
final class WeakComponents {
    private WeakComponents() {}

    /** Size of the largest weakly connected component (0 for an empty graph). */
    static int largest(FollowerGraph graph) {
        int n = graph.size();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) parent[v] = v;
        for (int u = 0; u < n; u++) {
            int[] followees = graph.followeesArray(u);
            for (int i = 0; i < graph.followeeCount(u); i++) union(parent, u, followees[i]);
        }
        int[] size = new int[n];
        int best = 0;
        for (int v = 0; v < n; v++) best = Math.max(best, ++size[find(parent, v)]);
        return best;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]]; // path halving
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
