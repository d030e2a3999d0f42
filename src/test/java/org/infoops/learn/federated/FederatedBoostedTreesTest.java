package org.infoops.learn.federated;

import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Example;
import org.infoops.learn.FeatureSchema;
import org.infoops.learn.Method;
import org.infoops.learn.RocAuc;
import org.infoops.learn.Trainers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FederatedBoostedTreesTest {
    static final FeatureSchema SCHEMA = FeatureSchema.of("hour", "popularity", "flag");

    /** Integer-valued columns, so every client's sketch and the pooled sketch give the same bin edges. */
    static List<Example> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double hour = r.nextInt(24);
            double pop = r.nextInt(10);
            double flag = r.nextDouble() < 0.1 ? 1 : 0;
            boolean y = (pop >= 6 && hour >= 18) || (flag == 1 && r.nextDouble() < 0.7) || r.nextDouble() < 0.03;
            out.add(new Example(new double[] {hour, pop, flag}, y));
        }
        return out;
    }

    static List<FederatedClient> clients(List<List<Example>> data) {
        List<FederatedClient> out = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            FederatedClient c = new FederatedClient("c" + k, SCHEMA);
            data.get(k).forEach(c::add);
            out.add(c);
        }
        return out;
    }

    @Test
    void sketchMergeGivesOneEdgePerDistinctValueIncludingRareOnes() {
        List<List<Example>> data = List.of(rows(200, 1), rows(150, 2), rows(300, 3));
        TreeEnsemble start = new FederatedBoostedTrees(new BoostingSettings(1, 2, 0.3, 1, 1, 32), 1).start(clients(data));
        assertArrayEquals(java.util.stream.IntStream.range(1, 24).asDoubleStream().toArray(), start.edges().edges()[0]);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, start.edges().edges()[1]);
        assertArrayEquals(new double[] {1}, start.edges().edges()[2]);
        long pos = data.stream().flatMap(List::stream).filter(Example::positive).count();
        double rate = (pos + 0.5) / (650 + 1.0);
        assertEquals(Math.log(rate / (1 - rate)), start.baseMargin(), 1e-12);
    }

    @Test
    void continuousEdgesFollowThePooledQuantiles() {
        Random r = new Random(4);
        List<SketchUpdate> sketches = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            double[] col = new double[100 + 50 * k];
            for (int i = 0; i < col.length; i++) col[i] = r.nextDouble();
            sketches.add(SketchUpdate.of(new double[][] {col}, 64));
        }
        double[] e = QuantileMerge.edges(sketches, 1, 8).edges()[0];
        assertEquals(7, e.length);
        for (int k = 1; k <= 7; k++) assertEquals(k / 8.0, e[k - 1], 0.03, "edge " + k);
    }

    @Test
    void countedSketchesEqualTheSortedColumnsQuantiles() {
        // Few distinct values (counted, incl. -0.0 next to 0.0) and many (sorted): both must read the sorted column.
        Random r = new Random(12);
        for (int distinct : new int[] {1, 2, 7, 64, 65, 5000}) {
            for (int n : new int[] {1, 2, 3, 129, 1000}) {
                double[] col = new double[n];
                for (int i = 0; i < n; i++) {
                    int k = r.nextInt(distinct);
                    col[i] = k == 0 && distinct > 2 ? -0.0 : k == 1 ? 0.0 : k * 0.37 - 3;
                }
                double[] sorted = col.clone();
                java.util.Arrays.sort(sorted);
                double[] q = SketchUpdate.of(new double[][] {col}, 128).quantiles()[0];
                for (int i = 0; i < 128; i++) {
                    long ceil = ((long) i * n + 126) / 127;
                    assertEquals(Double.doubleToRawLongBits(sorted[(int) Math.max(0, ceil - 1)]), Double.doubleToRawLongBits(q[i]),
                            "distinct " + distinct + ", n " + n + ", point " + i);
                }
            }
        }
    }

    @Test
    void federatedTreesEqualTheTreesGrownFromThePooledRows() {
        // Same bin edges (integer columns), so the per-bin sums, gains and splits must match the pooled case.
        List<List<Example>> data = List.of(rows(120, 5), rows(80, 6), rows(200, 7));
        BoostingSettings b = new BoostingSettings(6, 3, 0.3, 1, 1, 32);
        TreeEnsemble federated = (TreeEnsemble) new FederatedBoostedTrees(b, 3).train(clients(data), 2, 1);
        TreeEnsemble pooled = (TreeEnsemble) new FederatedBoostedTrees(b, 3)
                .train(clients(List.of(data.stream().flatMap(List::stream).toList())), 2, 1);
        assertEquals(6, federated.trees().size());
        assertEquals(2, federated.rounds());
        for (int t = 0; t < 6; t++) {
            RegressionTree f = federated.trees().get(t);
            RegressionTree p = pooled.trees().get(t);
            assertArrayEquals(p.feature(), f.feature(), "tree " + t);
            assertArrayEquals(p.threshold(), f.threshold(), "tree " + t);
            assertArrayEquals(p.value(), f.value(), 1e-9, "tree " + t);
        }
        assertTrue(federated.trees().get(0).nodes() > 1, "the first tree splits");
    }

    @Test
    void aStumpSplitsWhereTheGainIsLargest() {
        // One client, one depth-1 tree from the base margin: check the chosen split against brute force.
        List<Example> rows = rows(400, 8);
        BoostingSettings b = new BoostingSettings(1, 1, 1.0, 1, 0, 32);
        TreeEnsemble m = (TreeEnsemble) new FederatedBoostedTrees(b, 1).train(clients(List.of(rows)), 1, 1);
        double p0 = 1 / (1 + Math.exp(-m.baseMargin()));
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestFeature = -1;
        double bestThreshold = 0;
        for (int j = 0; j < 3; j++) {
            for (double t : m.edges().edges()[j]) {
                double gl = 0, hl = 0, gr = 0, hr = 0;
                for (Example e : rows) {
                    double g = p0 - (e.positive() ? 1 : 0);
                    double h = p0 * (1 - p0);
                    if (e.feature(j) < t) { gl += g; hl += h; } else { gr += g; hr += h; }
                }
                double gain = gl * gl / (hl + 1) + gr * gr / (hr + 1);
                if (gain > bestGain) { bestGain = gain; bestFeature = j; bestThreshold = t; }
            }
        }
        RegressionTree stump = m.trees().get(0);
        assertEquals(bestFeature, stump.feature()[0]);
        assertEquals(bestThreshold, stump.threshold()[0]);
    }

    @Test
    void learnsAsWellAsCentralXgboost() {
        List<List<Example>> data = new ArrayList<>();
        for (int k = 0; k < 10; k++) data.add(rows(60, 20 + k));
        BoostingSettings b = BoostingSettings.defaults();
        FederatedBoostedTrees fed = new FederatedBoostedTrees(b, 10);
        FederatedModel m = fed.train(clients(data), fed.roundsForAllTrees(), 3);
        List<Example> test = rows(1000, 99);
        double federated = RocAuc.of(m, test);
        double central = RocAuc.of(Trainers.centralised(SCHEMA, data.stream().flatMap(List::stream).toList(), Method.BOOSTED_TREES, 3), test);
        assertTrue(federated > 0.85 && Math.abs(federated - central) < 0.03, "federated " + federated + " central XGBoost " + central);
    }
}
