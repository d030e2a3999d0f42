package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

class JGraphTAdapterTest {
    @Test
    void roundTripKeepsEdgesAndIsolates() {
        FollowerGraph g = GraphFactory.build(new GraphSettings("schweimer", "Covid", 2, null), 200, 0);
        Graph<Integer, DefaultEdge> j = JGraphTAdapter.toJGraphT(g);
        assertEquals(200, j.vertexSet().size());
        assertEquals(g.edgeCount(), j.edgeSet().size());
        assertTrue(j.getType().isDirected());
        GraphIOTest.assertSameGraph(g, JGraphTAdapter.fromJGraphT(j));
    }

    @Test
    void undirectedViewMergesReciprocalPairs() {
        FollowerGraph g = new FollowerGraph(3);
        g.follow(0, 1);
        g.follow(1, 0);
        g.follow(1, 2);
        Graph<Integer, DefaultEdge> u = JGraphTAdapter.toUndirected(g);
        assertEquals(2, u.edgeSet().size());
        assertTrue(u.containsEdge(2, 1));
    }

    @Test
    void verticesMustBeZeroToNMinusOne() {
        Graph<Integer, DefaultEdge> j = new SimpleDirectedGraph<>(DefaultEdge.class);
        j.addVertex(0);
        j.addVertex(7);
        assertThrows(IllegalArgumentException.class, () -> JGraphTAdapter.fromJGraphT(j));
    }
}
