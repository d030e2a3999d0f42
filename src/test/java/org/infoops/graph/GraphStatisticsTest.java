package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class GraphStatisticsTest {
    /** Triangle 0-1-2 (0 <-> 1 reciprocal, 1 -> 2, 2 -> 0), pendant 3 -> 2, isolate 4. */
    private static FollowerGraph small() {
        FollowerGraph g = new FollowerGraph(5);
        g.follow(0, 1);
        g.follow(1, 0);
        g.follow(1, 2);
        g.follow(2, 0);
        g.follow(3, 2);
        return g;
    }

    @Test
    void smallGraphByHand() {
        GraphStatistics s = GraphStatistics.compute(small());
        assertEquals(5, s.nodes());
        assertEquals(5, s.edges());
        assertEquals(0.2, s.isolateShare(), 1e-12);
        assertEquals(0.4, s.reciprocity(), 1e-12);             // 0->1 and 1->0 of 5 edges
        // Undirected: C(0) = C(1) = 1, C(2) = 1/3 (neighbours 0, 1, 3; one link), C(3) = C(4) = 0.
        assertEquals((1 + 1 + 1.0 / 3) / 5, s.averageClustering(), 1e-12);
        assertEquals(0.8, s.largestWeakComponentShare(), 1e-12);
        assertEquals(1.0, s.meanOutDegree(), 1e-12);
        assertEquals(1.0, s.meanInDegree(), 1e-12);
        assertEquals(1.0, s.medianOutDegree(), 1e-12);         // out: 1, 2, 1, 1, 0
        assertEquals(1.0, s.medianInDegree(), 1e-12);          // in: 2, 1, 2, 0, 0
        assertEquals(0.2, s.outDegreeZeroShare(), 1e-12);
    }

    @Test
    void clusteringAndComponentsAgreeWithJGraphT() {
        for (String set : new String[] {"Covid", "Calfire"}) {
            FollowerGraph g = GraphFactory.build(new GraphSettings("schweimer", set, 3, null), 300, 0);
            Graph<Integer, DefaultEdge> undirected = JGraphTAdapter.toUndirected(g);
            ClusteringCoefficient<Integer, DefaultEdge> reference = new ClusteringCoefficient<>(undirected);
            double[] local = ClusteringCoefficients.local(new UndirectedAdjacency(g));
            for (int v = 0; v < g.size(); v++) assertEquals(reference.getVertexScore(v), local[v], 1e-12, set + " node " + v);
            GraphStatistics s = GraphStatistics.compute(g);
            assertEquals(reference.getAverageClusteringCoefficient(), s.averageClustering(), 1e-12);
            int largest = new ConnectivityInspector<>(undirected).connectedSets().stream()
                    .mapToInt(java.util.Set::size).max().orElse(0);
            assertEquals((double) largest / g.size(), s.largestWeakComponentShare(), 1e-12, set);
        }
    }

    @Test
    void emptyGraph() {
        assertEquals(0, GraphStatistics.compute(new FollowerGraph(0)).nodes());
    }
}
