package org.infoops.graph;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * Conversions between {@link FollowerGraph} and JGraphT graphs (vertices are the Integer node ids 0..n-1, an edge
 * u -> v means "u follows v"), so JGraphT's algorithms and importers/exporters can be used for analysis and I/O.
 * These copies cost an object per edge: fine for analysis and files, not for the simulation's hot loops.
 */
public final class JGraphTAdapter {
    private JGraphTAdapter() {}

    /** A directed JGraphT copy of {@code graph}, vertices 0..n-1 (isolated nodes included). */
    public static Graph<Integer, DefaultEdge> toJGraphT(FollowerGraph graph) {
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        Integer[] vertex = addVertices(g, graph.size());
        for (int u = 0; u < graph.size(); u++) {
            int[] followees = graph.followeesArray(u);
            for (int i = 0; i < graph.followeeCount(u); i++) g.addEdge(vertex[u], vertex[followees[i]]);
        }
        return g;
    }

    /**
     * The undirected view (networkx's {@code to_undirected()}): u - v when u follows v or v follows u, a reciprocal
     * pair giving one edge. The basis of clustering and weak connectivity.
     */
    public static Graph<Integer, DefaultEdge> toUndirected(FollowerGraph graph) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        Integer[] vertex = addVertices(g, graph.size());
        for (int u = 0; u < graph.size(); u++) {
            int[] followees = graph.followeesArray(u);
            for (int i = 0; i < graph.followeeCount(u); i++) {
                int v = followees[i];
                // A reciprocal pair is seen from both ends: add it once, from its lower id.
                if (u < v || !graph.follows(v, u)) g.addEdge(vertex[u], vertex[v]);
            }
        }
        return g;
    }

    /**
     * A FollowerGraph copy of a directed JGraphT graph whose vertices are exactly 0..n-1. Self-loops and parallel
     * edges (possible in JGraphT pseudographs) cannot be represented and are dropped.
     */
    public static <E> FollowerGraph fromJGraphT(Graph<Integer, E> graph) {
        Set<Integer> vertices = graph.vertexSet();
        int n = vertices.size();
        for (Integer v : vertices) {
            if (v == null || v < 0 || v >= n) {
                throw new IllegalArgumentException("vertices must be exactly 0.." + (n - 1) + "; found " + v);
            }
        }
        if (!graph.getType().isDirected()) {
            throw new IllegalArgumentException("expected a directed graph (u -> v = u follows v)");
        }
        FollowerGraph g = new FollowerGraph(n);
        for (E e : graph.edgeSet()) g.follow(graph.getEdgeSource(e), graph.getEdgeTarget(e));
        return g;
    }

    private static Integer[] addVertices(Graph<Integer, DefaultEdge> g, int n) {
        // One boxed Integer per node, reused for every edge (avoids a new box per endpoint above 127).
        Integer[] vertex = new Integer[n];
        for (int v = 0; v < n; v++) {
            vertex[v] = v;
            g.addVertex(vertex[v]);
        }
        return vertex;
    }
}
