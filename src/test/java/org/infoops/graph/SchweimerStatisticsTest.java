package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Graphs at n = 1,000 with Covid parameters against spec §3.5 (10 graphs: isolates 2.36% +- 0.64%, reciprocity
 * 0.52 +- 0.03, average clustering 0.72, ~11% follow nobody, largest weak component 97.6%).
 *
 * <p>Bands and why: per-graph reciprocity is right-skewed. In most graphs it is 0.45-0.60, but in about a quarter
 * the top out-hub is already reciprocally linked to most nodes, Phase C stalls almost at once and reciprocity
 * reaches 0.65-0.99 (spec §3.5 reports the same at n = 900). Over 200 seeds this implementation and a literal
 * transcription both give median 0.51, mean 0.58. So the median of 10 graphs is tested against a 0.45-0.60
 * band and the mean against 0.45-0.70. The other statistics vary little between graphs.
 */
class SchweimerStatisticsTest {
    private static final int N = 1_000;
    private static final int GRAPHS = 10;

    @Test
    void thousandNodeCovidGraphsLookLikeSpec() {
        GraphSettings covid = new GraphSettings("schweimer", "Covid", 1, null);
        double[] isolates = new double[GRAPHS];
        double[] reciprocity = new double[GRAPHS];
        double[] clustering = new double[GRAPHS];
        double[] followNobody = new double[GRAPHS];
        double[] largestComponent = new double[GRAPHS];
        for (int run = 0; run < GRAPHS; run++) {
            GraphStatistics s = GraphStatistics.compute(GraphFactory.build(covid, N, run));
            isolates[run] = s.isolateShare();
            reciprocity[run] = s.reciprocity();
            clustering[run] = s.averageClustering();
            followNobody[run] = s.outDegreeZeroShare();
            largestComponent[run] = s.largestWeakComponentShare();
        }
        within("mean isolate share", mean(isolates), 0.015, 0.035);
        within("median reciprocity", median(reciprocity), 0.45, 0.60);
        within("mean reciprocity", mean(reciprocity), 0.45, 0.70);
        within("mean average clustering", mean(clustering), 0.65, 0.78);
        within("mean share following nobody", mean(followNobody), 0.08, 0.15);
        within("mean largest weak component", mean(largestComponent), 0.95, 0.99);
    }

    private static void within(String what, double value, double low, double high) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", expected " + low + ".." + high);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
