package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The candidate sample must be what the notebook draws: k distinct candidates, uniformly, in uniformly random order,
 * never h, a neighbour of h (either direction) or a node without remaining degree. Checked for both the rejection
 * path (k <= |C|/2) and the scan path.
 */
class CandidateSamplerTest {
    private static final int TRIALS = 70_000;
    // Node 0 is h; 1, 2, 3 are its neighbours (0 -> 1, 2 -> 0, 0 <-> 3); 11 has no remaining degree.
    private static final int[] CANDIDATES = {4, 5, 6, 7, 8, 9, 10};

    private static FollowerGraph graph() {
        FollowerGraph g = new FollowerGraph(12);
        g.follow(0, 1);
        g.follow(2, 0);
        g.follow(0, 3);
        g.follow(3, 0);
        g.follow(5, 6); // edges elsewhere do not matter
        return g;
    }

    private static ActiveNodes active() {
        int[] degree = {5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
        return new ActiveNodes(degree);
    }

    @Test
    void rejectionPathIsUniformAndOrdered() {
        check(3, 3);
    }

    @Test
    void scanPathIsUniformAndOrdered() {
        check(5, 5);
    }

    @Test
    void takesAllCandidatesWhenFewerThanWanted() {
        check(50, CANDIDATES.length);
    }

    @Test
    void noCandidateMeansStall() {
        FollowerGraph g = new FollowerGraph(3);
        g.follow(0, 1);
        g.follow(2, 0);
        int[] chosen = new int[3];
        assertEquals(0, new CandidateSampler(3).sample(0, 4, new ActiveNodes(new int[] {4, 1, 1}), g,
                new RandomStreams(1).stream("x"), chosen));
    }

    private static void check(int wanted, int expectedK) {
        FollowerGraph g = graph();
        ActiveNodes active = active();
        CandidateSampler sampler = new CandidateSampler(g.size());
        UniformRandomProvider rng = new RandomStreams(13).stream("candidates", wanted);
        int[] chosen = new int[g.size()];
        long[][] count = new long[expectedK][g.size()]; // count[position][node]
        for (int t = 0; t < TRIALS; t++) {
            int k = sampler.sample(0, wanted, active, g, rng, chosen);
            assertEquals(expectedK, k);
            Set<Integer> distinct = new HashSet<>();
            for (int p = 0; p < k; p++) {
                assertTrue(chosen[p] >= 4 && chosen[p] <= 10, "not a candidate: " + chosen[p]);
                assertTrue(distinct.add(chosen[p]), "repeated " + chosen[p]);
                count[p][chosen[p]]++;
            }
        }
        // Each position is uniform over the 7 candidates: chi-square with 6 df; 30 is p ~ 4e-5 (fixed seed).
        double expected = (double) TRIALS / CANDIDATES.length;
        for (int p = 0; p < expectedK; p++) {
            double chi2 = 0;
            for (int c : CANDIDATES) chi2 += (count[p][c] - expected) * (count[p][c] - expected) / expected;
            assertTrue(chi2 < 30, "position " + p + " not uniform: chi2 = " + chi2);
        }
    }
}
