package org.infoops.graph;

import java.util.Arrays;

/**
 * The undirected simple view of a {@link FollowerGraph} (networkx's {@code to_undirected()}): u and v are
 * neighbours when either follows the other, a reciprocal pair counting once. Compressed-row int arrays with
 * sorted neighbour lists, for the statistics that need the undirected view.
 */
final class UndirectedAdjacency {
    private final int[] offset;    // neighbours of v are neighbour[offset[v] .. offset[v+1])
    private final int[] neighbour;

    UndirectedAdjacency(FollowerGraph graph) {
        int n = graph.size();
        offset = new int[n + 1];
        int[] buffer = new int[16];
        int[][] lists = new int[n][];
        long total = 0;
        for (int v = 0; v < n; v++) {
            int size = graph.followeeCount(v) + graph.followerCount(v);
            if (buffer.length < size) buffer = new int[Math.max(size, buffer.length * 2)];
            System.arraycopy(graph.followeesArray(v), 0, buffer, 0, graph.followeeCount(v));
            System.arraycopy(graph.followersArray(v), 0, buffer, graph.followeeCount(v), graph.followerCount(v));
            Arrays.sort(buffer, 0, size);
            int unique = 0;
            for (int i = 0; i < size; i++) {
                if (unique == 0 || buffer[unique - 1] != buffer[i]) buffer[unique++] = buffer[i];
            }
            lists[v] = Arrays.copyOf(buffer, unique);
            total += unique;
        }
        if (total > Integer.MAX_VALUE) throw new IllegalStateException("graph too large for int offsets: " + total);
        neighbour = new int[(int) total];
        for (int v = 0; v < n; v++) {
            offset[v + 1] = offset[v] + lists[v].length;
            System.arraycopy(lists[v], 0, neighbour, offset[v], lists[v].length);
            lists[v] = null;
        }
    }

    int size() {
        return offset.length - 1;
    }

    int degree(int v) {
        return offset[v + 1] - offset[v];
    }

    int start(int v) {
        return offset[v];
    }

    int end(int v) {
        return offset[v + 1];
    }

    int neighbourAt(int index) {
        return neighbour[index];
    }

    /** Number of undirected edges. */
    long edgeCount() {
        return neighbour.length / 2;
    }
}
