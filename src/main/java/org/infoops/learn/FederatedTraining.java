package org.infoops.learn;

import org.infoops.kernel.RandomStreams;
import org.infoops.learn.federated.FederatedAlgorithm;
import org.infoops.learn.federated.FederatedAveraging;
import org.infoops.learn.federated.FederatedBoostedTrees;
import org.infoops.learn.federated.FederatedClient;
import org.infoops.learn.federated.FederatedModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Federated training beside its bounds: centralised training on the pooled rows (upper bound: what sharing all
 * data would give), local-only training (lower bound: each client's own model) and federated training, for
 * logistic regression and boosted trees, each scored by ROC AUC on held-out rows. Knows clients and rows only;
 * an experiment on a simulated world supplies them.
 */
public final class FederatedTraining {
    public enum Training { CENTRALISED, FEDERATED, LOCAL_ONLY }

    /** The classifiers of one method: one centralised, one federated, one per client. */
    public record Trained(Method method, ProbabilisticClassifier centralised, FederatedModel federated,
                          List<ProbabilisticClassifier> local) {
        public ProbabilisticClassifier of(Training t, int client) {
            return switch (t) {
                case CENTRALISED -> centralised;
                case FEDERATED -> federated;
                case LOCAL_ONLY -> local.get(client);
            };
        }

        /** ROC AUC on {@code heldOut}; for local-only, the mean over clients whose AUC is defined. */
        public double auc(Training t, List<Example> heldOut) {
            return t == Training.LOCAL_ONLY ? meanAuc(local, heldOut) : RocAuc.of(of(t, 0), heldOut);
        }
    }

    /** One line of the comparison; for local-only, the AUC is the mean over clients whose AUC is defined. */
    public record Row(Method method, Training training, double auc, double trainSeconds) {
    }

    private final FeatureSchema schema;
    private final LogisticSettings logistic;
    private final BoostingSettings boosting;
    private final FederatedSettings federated;

    public FederatedTraining(FeatureSchema schema, LogisticSettings logistic, BoostingSettings boosting, FederatedSettings federated) {
        this.schema = schema;
        this.logistic = logistic;
        this.boosting = boosting;
        this.federated = federated;
    }

    public static FederatedTraining withDefaults(FeatureSchema schema) {
        return new FederatedTraining(schema, LogisticSettings.defaults(), BoostingSettings.defaults(), FederatedSettings.defaults());
    }

    /** Trains all three ways for both methods and scores them on {@code heldOut}. */
    public List<Row> run(List<List<Example>> perClient, List<Example> heldOut, long seed) {
        List<Row> rows = new ArrayList<>();
        for (Method m : Method.values()) {
            long t0 = System.nanoTime();
            ProbabilisticClassifier central = centralised(perClient, m, seed);
            long t1 = System.nanoTime();
            FederatedModel fed = federated(perClient, m, seed);
            long t2 = System.nanoTime();
            List<ProbabilisticClassifier> local = localOnly(perClient, m, seed);
            long t3 = System.nanoTime();
            rows.add(new Row(m, Training.CENTRALISED, RocAuc.of(central, heldOut), (t1 - t0) / 1e9));
            rows.add(new Row(m, Training.FEDERATED, RocAuc.of(fed, heldOut), (t2 - t1) / 1e9));
            rows.add(new Row(m, Training.LOCAL_ONLY, meanAuc(local, heldOut), (t3 - t2) / 1e9));
        }
        return rows;
    }

    public Trained train(List<List<Example>> perClient, Method m, long seed) {
        return train(perClient, perClient.stream().flatMap(List::stream).toList(), m, seed);
    }

    /**
     * As {@link #train(List, Method, long)}, with the centralised model trained on {@code pooled}: where clients'
     * observations overlap (each client sees rows the others also see), the pool holds each row once.
     */
    public Trained train(List<List<Example>> perClient, List<Example> pooled, Method m, long seed) {
        return new Trained(m, centralisedOn(pooled, m, seed), federated(perClient, m, seed), localOnly(perClient, m, seed));
    }

    public ProbabilisticClassifier centralised(List<List<Example>> perClient, Method m, long seed) {
        return centralisedOn(perClient.stream().flatMap(List::stream).toList(), m, seed);
    }

    public ProbabilisticClassifier centralisedOn(List<Example> pooled, Method m, long seed) {
        return Trainers.train(schema, pooled, m, new RandomStreams(seed).derive("centralised", m.ordinal()), logistic, boosting);
    }

    public List<ProbabilisticClassifier> localOnly(List<List<Example>> perClient, Method m, long seed) {
        RandomStreams streams = new RandomStreams(seed).child("local", m.ordinal());
        List<ProbabilisticClassifier> out = new ArrayList<>();
        for (int k = 0; k < perClient.size(); k++) {
            out.add(Trainers.train(schema, perClient.get(k), m, streams.derive("client", k), logistic, boosting));
        }
        return out;
    }

    public FederatedModel federated(List<List<Example>> perClient, Method m, long seed) {
        List<FederatedClient> clients = clients(schema, perClient);
        long s = new RandomStreams(seed).derive("federated", m.ordinal());
        return switch (m) {
            case LOGISTIC -> fedAvg().train(clients, federated.fedAvgRounds(), s);
            case BOOSTED_TREES -> {
                FederatedBoostedTrees fb = fedBoost();
                yield fb.train(clients, fb.roundsForAllTrees(), s);
            }
        };
    }

    public FederatedAlgorithm fedAvg() {
        return new FederatedAveraging(new LogisticSettings(federated.localEpochs(), logistic.learningRate(), logistic.minibatch()));
    }

    public FederatedBoostedTrees fedBoost() {
        return new FederatedBoostedTrees(boosting, federated.treesPerRound());
    }

    public static List<FederatedClient> clients(FeatureSchema schema, List<List<Example>> perClient) {
        List<FederatedClient> clients = new ArrayList<>();
        for (int k = 0; k < perClient.size(); k++) {
            FederatedClient c = new FederatedClient("client-" + k, schema);
            perClient.get(k).forEach(c::add);
            clients.add(c);
        }
        return clients;
    }

    /** Mean AUC of the clients' own models on the held-out rows (a constant model scores 0.5). */
    public static double meanAuc(List<ProbabilisticClassifier> local, List<Example> heldOut) {
        return local.stream().mapToDouble(c -> RocAuc.of(c, heldOut)).filter(Double::isFinite).average().orElse(Double.NaN);
    }
}
