package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The fast generator and the literal transcription of the notebook ({@link NaiveSchweimerReference}) sample the
 * same distribution. Each case runs both on the same Phase-A degrees (different random streams for phases B/C)
 * and compares graph statistics: the mean paired difference must be within 4 standard errors. Seeds are fixed, so
 * this is deterministic. The mean followee id is there because it reacts to any id-order bias in candidate
 * sampling (e.g. an unshuffled sample moves it by 10-30 standard errors); {@link CandidateSamplerTest} checks the
 * sampler's uniformity directly.
 */
class SchweimerEquivalenceTest {
    private static final String[] STATISTICS = {"edges", "reciprocity", "average clustering", "mean followee id"};

    @Test
    void smallDegreeRegime() { // Globaldev II at 600 nodes: many iterations, mostly on the rejection path
        compare("Globaldev II", 600, 24);
    }

    @Test
    void degenerateRegime() { // Covid at 300 nodes: hubs larger than n, phases stall after a few iterations
        compare("Covid", 300, 24);
    }

    private static void compare(String set, int n, int cases) {
        DegreeSampler sampler = new DegreeSampler(SnHyperParameterSets.standard().byName(set));
        double[][] diff = new double[STATISTICS.length][cases];
        for (int i = 0; i < cases; i++) {
            DegreeSequence d = sampler.sample(n, new RandomStreams(9).stream("degrees", n, i));
            double[] fast = statistics(SchweimerGenerator.connect(d, new RandomStreams(9).stream("fast", n, i)).graph());
            double[] naive = statistics(NaiveSchweimerReference.connect(d, new RandomStreams(9).stream("naive", n, i)));
            for (int s = 0; s < STATISTICS.length; s++) diff[s][i] = fast[s] - naive[s];
        }
        for (int s = 0; s < STATISTICS.length; s++) assertSmall(set + " " + STATISTICS[s], diff[s]);
    }

    private static double[] statistics(FollowerGraph g) {
        GraphStatistics s = GraphStatistics.compute(g);
        double followeeIds = 0;
        for (int u = 0; u < g.size(); u++) {
            int[] followees = g.followeesArray(u);
            for (int i = 0; i < g.followeeCount(u); i++) followeeIds += followees[i];
        }
        return new double[] {s.edges(), s.reciprocity(), s.averageClustering(), followeeIds / Math.max(1, s.edges())};
    }

    private static void assertSmall(String what, double[] diff) {
        double mean = 0;
        for (double x : diff) mean += x / diff.length;
        double var = 0;
        for (double x : diff) var += (x - mean) * (x - mean) / (diff.length - 1);
        double se = Math.sqrt(var / diff.length);
        assertTrue(Math.abs(mean) <= 4 * se + 1e-9, what + ": mean difference " + mean + ", standard error " + se);
    }
}
