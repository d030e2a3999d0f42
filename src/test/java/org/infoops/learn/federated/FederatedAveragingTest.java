package org.infoops.learn.federated;

import org.infoops.kernel.RandomStreams;
import org.infoops.learn.Example;
import org.infoops.learn.FeatureMoments;
import org.infoops.learn.FeatureSchema;
import org.infoops.learn.LogisticSettings;
import org.infoops.learn.Standardiser;
import org.infoops.learn.WarmStartLogisticTrainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FederatedAveragingTest {
    /** Deliberately not in alphabetical order: Tribuo numbers features by name, so the mapping must be by name. */
    static final FeatureSchema SCHEMA = FeatureSchema.of("zeta", "alpha", "mu");

    @Test
    void weightedAverageByHand() {
        // n = 1, 2, 5; weights of width 2 (one feature + bias) per label row
        List<WeightsUpdate> u = List.of(
                new WeightsUpdate(1, new LogisticWeights(new double[] {1, 0}, new double[] {0, 8})),
                new WeightsUpdate(2, new LogisticWeights(new double[] {4, 2}, new double[] {2, -4})),
                new WeightsUpdate(5, new LogisticWeights(new double[] {0, 1}, new double[] {1.6, 0})));
        LogisticWeights avg = LogisticWeights.weightedAverage(u);
        // none[0] = (1*1 + 2*4 + 5*0)/8 = 9/8; none[1] = (0 + 4 + 5)/8 = 9/8
        // attack[0] = (0 + 4 + 8)/8 = 12/8; attack[1] = (8 - 8 + 0)/8 = 0
        assertArrayEquals(new double[] {9.0 / 8, 9.0 / 8}, avg.none(), 1e-15);
        assertArrayEquals(new double[] {12.0 / 8, 0}, avg.attack(), 1e-15);
    }

    @Test
    void twoClientsByHand() {
        List<WeightsUpdate> u = List.of(
                new WeightsUpdate(3, new LogisticWeights(new double[] {0, 0, 0}, new double[] {1, 2, 3})),
                new WeightsUpdate(1, new LogisticWeights(new double[] {0, 0, 0}, new double[] {5, -2, -1})));
        assertArrayEquals(new double[] {2, 1, 2}, LogisticWeights.weightedAverage(u).attack(), 1e-15);
    }

    static List<Example> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {r.nextGaussian() * 3 + 10, r.nextGaussian(), r.nextDouble() * 100};
            out.add(new Example(x, x[1] + 0.02 * x[2] - 1 + 0.5 * r.nextGaussian() > 0));
        }
        return out;
    }

    @Test
    void aRoundIsTheCountWeightedAverageOfEachClientsLocalTraining() {
        List<List<Example>> data = List.of(rows(40, 1), rows(90, 2), rows(25, 3));
        List<FederatedClient> clients = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            FederatedClient c = new FederatedClient("c" + k, SCHEMA);
            data.get(k).forEach(c::add);
            clients.add(c);
        }
        LogisticSettings settings = new LogisticSettings(3, 0.05, 1);
        FederatedLogisticModel model = (FederatedLogisticModel) new FederatedAveraging(settings).round(null, clients, 77);

        // by hand: standardiser from the pooled rows, each client's Tribuo SGD from zeros, weights averaged by count
        List<Example> pooled = data.stream().flatMap(List::stream).toList();
        Standardiser z = FeatureMoments.of(pooled, 3).standardiser();
        assertArrayEquals(z.mean(), model.standardiser().mean(), 1e-12);
        assertArrayEquals(z.scale(), model.standardiser().scale(), 1e-12);
        double[] none = new double[4];
        double[] attack = new double[4];
        RandomStreams streams = new RandomStreams(77);
        for (int k = 0; k < data.size(); k++) {
            List<Example> local = data.get(k).stream().map(e -> new Example(z.apply(e.features()), e.positive())).toList();
            double[][] w = WarmStartLogisticTrainer.train(SCHEMA, local, new double[4], new double[4], settings, streams.derive("client", k));
            for (int j = 0; j < 4; j++) {
                none[j] += w[0][j] * local.size() / pooled.size();
                attack[j] += w[1][j] * local.size() / pooled.size();
            }
        }
        assertArrayEquals(none, model.weights().none(), 1e-12);
        assertArrayEquals(attack, model.weights().attack(), 1e-12);
        assertEquals(1, model.rounds());
    }

    @Test
    void warmStartHandsTribuoTheGivenWeightsByName() {
        // A negligible step size: the weights that come back must be the ones handed in, column by column.
        double[] none = {0.1, -0.2, 0.3, 0.4};
        double[] attack = {-1.5, 2.5, 0.75, -0.125};
        List<Example> rows = rows(30, 4);
        double[][] back = WarmStartLogisticTrainer.train(SCHEMA, rows, none, attack, new LogisticSettings(1, 1e-15, 1), 3);
        assertArrayEquals(none, back[0], 1e-9);
        assertArrayEquals(attack, back[1], 1e-9);
    }

    @Test
    void fromZerosTheClientStepIsTribuosOwnLogisticRegression() {
        // One client, one round from zero weights = Tribuo's LinearSGDTrainer on the same standardised rows and seed.
        List<Example> rows = rows(120, 6);
        Standardiser z = FeatureMoments.of(rows, 3).standardiser();
        List<Example> local = rows.stream().map(e -> new Example(z.apply(e.features()), e.positive())).toList();
        LogisticSettings settings = new LogisticSettings(4, 0.05, 1);
        double[][] w = WarmStartLogisticTrainer.train(SCHEMA, local, new double[4], new double[4], settings, 21);
        org.infoops.learn.ProbabilisticClassifier tribuo = org.infoops.learn.Trainers.train(SCHEMA, rows,
                org.infoops.learn.Method.LOGISTIC, 21, settings, org.infoops.learn.BoostingSettings.defaults());
        LogisticWeights ours = new LogisticWeights(w[0], w[1]);
        for (Example e : rows(50, 7)) {
            assertEquals(tribuo.probability(e.features()), ours.probability(z.apply(e.features())), 1e-9);
        }
    }

    @Test
    void aClientThatNeverSawAColumnOrAClassStillTakesPart() {
        // Column "mu" always 0 and no positives at this client: Tribuo must still get the full schema's shape.
        List<Example> rows = rows(30, 8).stream().map(e -> new Example(new double[] {e.feature(0), e.feature(1), 0}, false)).toList();
        double[] none = {0.1, 0.2, 0.3, 0.4};
        double[] attack = {0.5, 0.6, 0.7, 0.8};
        double[][] back = WarmStartLogisticTrainer.train(SCHEMA, rows, none, attack, LogisticSettings.defaults(), 3);
        assertEquals(none[2], back[0][2], 1e-12, "a column that is always 0 gets no gradient");
        assertTrue(back[1][3] < attack[3], "with negatives only, the attack bias goes down");
    }

    @Test
    void roundsImproveTheFit() {
        List<FederatedClient> clients = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            FederatedClient c = new FederatedClient("c" + k, SCHEMA);
            rows(30, 10 + k).forEach(c::add);
            clients.add(c);
        }
        FederatedAveraging fedAvg = new FederatedAveraging(new LogisticSettings(1, 0.01, 1));
        FederatedModel one = fedAvg.train(clients, 1, 5);
        FederatedModel ten = fedAvg.train(clients, 10, 5);
        List<Example> test = rows(400, 99);
        assertEquals(10, ten.rounds());
        double aucOne = org.infoops.learn.RocAuc.of(one, test);
        double aucTen = org.infoops.learn.RocAuc.of(ten, test);
        org.junit.jupiter.api.Assertions.assertTrue(aucTen >= aucOne - 0.01 && aucTen > 0.8, aucOne + " -> " + aucTen);
    }
}
