package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

class SchweimerGeneratorTest {
    private static final GraphSettings COVID = new GraphSettings("schweimer", "Covid", 1, null);

    private static UniformRandomProvider rng(int i) {
        return new RandomStreams(42).stream("test", i);
    }

    private static DegreeSequence degrees(int[] reciprocal, int[] in, int[] out) {
        return new DegreeSequence(reciprocal, in, out, 1);
    }

    @Test
    void reciprocalPhaseClosesTriangles() {
        // h = 0 links to 1 and 2; closure then links 1 and 2 (both still have r = 1).
        for (int i = 0; i < 5; i++) {
            FollowerGraph g = SchweimerGenerator.connect(degrees(new int[] {2, 2, 2}, new int[3], new int[3]), rng(i)).graph();
            assertEquals(6, g.edgeCount());
            assertTrue(g.follows(1, 2) && g.follows(2, 1) && g.follows(0, 1) && g.follows(2, 0));
        }
    }

    @Test
    void reciprocalPhaseStallsAndDropsStubs() {
        // h = 0 (r = 4) can only reach 1 and 2; next iteration it still has r = 2 and no candidate: the phase ends.
        SchweimerGenerator.Result result = SchweimerGenerator.connect(
                degrees(new int[] {4, 1, 1}, new int[3], new int[3]), rng(0));
        assertEquals(4, result.graph().edgeCount());
        PhaseOutcome b = result.trace().reciprocal();
        assertEquals(1, b.iterations());
        assertTrue(b.stalled());
        assertEquals(4, b.stubsPlaced());
        assertEquals(2, b.stubsLeft());
    }

    /**
     * The stall of spec §3.2 C3 with the tie rule: after Phase B, 0 is linked both ways to 1 and 2. In Phase C nodes 0
     * and 1 both have o = 1; the tie goes to the lower id, 0, whose only nodes with in-stubs (1, 2) are its neighbours:
     * no candidate, so the phase ends, although 1 -> 2 could still be placed. Skipping to the next node would add it.
     */
    @Test
    void directedPhaseEndsWhenTopNodeHasNoCandidate() {
        for (int i = 0; i < 5; i++) {
            SchweimerGenerator.Result result = SchweimerGenerator.connect(
                    degrees(new int[] {2, 1, 1}, new int[] {0, 1, 1}, new int[] {1, 1, 0}), rng(i));
            FollowerGraph g = result.graph();
            assertEquals(4, g.edgeCount());
            assertFalse(g.follows(1, 2), "the stall must not be skipped");
            assertFalse(g.follows(1, 2) || g.follows(2, 1));
            PhaseOutcome c = result.trace().directed();
            assertTrue(c.stalled());
            assertEquals(0, c.iterations());
            assertEquals(2, c.stubsLeft());
        }
    }

    @Test
    void reciprocalClosureFollowsSampleOrder() {
        // Chosen (3, 1, 2), each with r = 1: pair (3, 1) is first and uses both stubs; 2 stays unlinked.
        FollowerGraph g = new FollowerGraph(4);
        int[] r = {0, 1, 1, 1};
        long placed = ReciprocalEdgePhase.closeTriads(g, new int[] {3, 1, 2}, 3, new TopNodeTracker(r), new ActiveNodes(r));
        assertEquals(2, placed);
        assertTrue(g.follows(3, 1) && g.follows(1, 3));
        assertEquals(0, g.followerCount(2) + g.followeeCount(2));
    }

    @Test
    void directedClosureQuirkAddsReverseOfExistingEdge() {
        // b -> a exists (2 -> 1, from earlier in Phase C). Pair (a, b) = (1, 2): the first test ignores the reverse
        // edge, so 1 -> 2 is added and an unplanned reciprocal pair appears (spec §3.2 C5).
        FollowerGraph g = new FollowerGraph(3);
        g.follow(2, 1);
        int[] out = {0, 1, 1};
        int[] in = {0, 1, 1};
        DirectedEdgePhase.closeTriads(g, new int[] {1, 2}, 2, new TopNodeTracker(out), in, new ActiveNodes(in));
        assertTrue(g.follows(1, 2) && g.follows(2, 1));
        assertEquals(0, out[1]);
        assertEquals(0, in[2]);
    }

    @Test
    void directedClosureFallsBackToReverseDirection() {
        // o(a) = 0, so a -> b is impossible; b -> a is tried next.
        FollowerGraph g = new FollowerGraph(3);
        int[] out = {0, 0, 1};
        int[] in = {0, 1, 0};
        DirectedEdgePhase.closeTriads(g, new int[] {1, 2}, 2, new TopNodeTracker(out), in, new ActiveNodes(in));
        assertTrue(g.follows(2, 1));
        assertFalse(g.follows(1, 2));
    }

    @Test
    void directedClosureLeavesReciprocalPairsAlone() {
        FollowerGraph g = new FollowerGraph(3);
        g.follow(1, 2);
        g.follow(2, 1);
        int[] out = {0, 1, 1};
        int[] in = {0, 1, 1};
        assertEquals(0, DirectedEdgePhase.closeTriads(g, new int[] {1, 2}, 2, new TopNodeTracker(out), in,
                new ActiveNodes(in)));
        assertEquals(2, g.edgeCount());
    }

    @Test
    void topNodeIsLargestThenLowestId() {
        int[] value = {3, 5, 5, 1, 5};
        TopNodeTracker top = new TopNodeTracker(value);
        assertEquals(1, top.top());
        top.decrement(1);
        assertEquals(2, top.top());
        top.decrement(2);
        top.decrement(4);
        assertEquals(1, top.top()); // 1, 2, 4 all at 4: lowest id
        for (int i = 0; i < 4; i++) {
            top.decrement(1);
            top.decrement(2);
            top.decrement(4);
        }
        assertEquals(0, top.top());
        assertEquals(3, top.value(0));
    }

    @Test
    void generatesASimpleGraph() {
        FollowerGraph g = GraphFactory.build(COVID, 1_000, 0);
        long edges = 0;
        for (int u = 0; u < g.size(); u++) {
            Set<Integer> seen = new HashSet<>();
            int[] followees = g.followeesArray(u);
            for (int i = 0; i < g.followeeCount(u); i++) {
                assertNotEquals(u, followees[i], "self-loop at " + u);
                assertTrue(seen.add(followees[i]), "parallel edge " + u + " -> " + followees[i]);
                assertTrue(g.follows(u, followees[i]));
            }
            edges += g.followeeCount(u);
        }
        assertEquals(edges, g.edgeCount());
    }

    @Test
    void sameSeedSameGraphOtherRunOtherGraph() throws IOException {
        String a = csv(GraphFactory.build(COVID, 1_000, 3));
        String b = csv(GraphFactory.build(COVID, 1_000, 3));
        String c = csv(GraphFactory.build(COVID, 1_000, 4));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void degenerateRegimeAtThousandNodesStallsEarly() { // spec §3.5: B runs 1-2 iterations, C 2-4, then stalls
        for (int run = 0; run < 3; run++) {
            GenerationTrace t = GraphFactory.schweimerTraced(COVID, 1_000, run).trace();
            assertTrue(t.reciprocal().stalled() && t.reciprocal().iterations() <= 5, t.toString());
            assertTrue(t.directed().stalled() && t.directed().iterations() <= 8, t.toString());
            assertTrue(t.directed().stubsLeft() > 0 && t.reciprocal().stubsLeft() > 0, t.toString());
        }
    }

    @Test
    void emptyAndTinyGraphs() {
        SchweimerGenerator generator = new SchweimerGenerator(SnHyperParameterSets.standard().defaultSet());
        assertEquals(0, generator.generate(0, rng(0)).size());
        assertEquals(1, generator.generate(1, rng(0)).size());
        assertEquals(0, generator.generate(1, rng(0)).edgeCount());
        assertEquals(2, generator.generate(2, rng(0)).size());
    }

    private static String csv(FollowerGraph g) throws IOException {
        StringWriter w = new StringWriter();
        GraphIO.writeCsv(g, w);
        return w.toString();
    }
}
