package org.infoops.learn.federated;

import org.infoops.kernel.RandomStreams;
import org.infoops.learn.FeatureMoments;
import org.infoops.learn.LogisticSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Federated averaging (McMahan et al. 2017) of a logistic model. The first round first agrees the feature
 * standardisation from the clients' summed moments (counts and sums only). Each round, every client with rows
 * runs E local epochs of Tribuo linear SGD from the global weights, and the server replaces the global weights
 * by the average of the clients' weights weighted by their row counts.
 */
public final class FederatedAveraging implements FederatedAlgorithm {
    private final LogisticSettings settings;

    public FederatedAveraging(LogisticSettings settings) {
        this.settings = settings;
    }

    @Override
    public FederatedModel round(FederatedModel current, List<FederatedClient> clients, long seed) {
        FederatedLogisticModel model = current == null ? start(clients) : (FederatedLogisticModel) current;
        RandomStreams streams = new RandomStreams(seed);
        List<WeightsUpdate> updates = new ArrayList<>();
        for (int k = 0; k < clients.size(); k++) {
            FederatedClient c = clients.get(k);
            if (c.size() == 0) continue;
            updates.add(c.localUpdate(model, new LocalSgdRequest(settings), streams.derive("client", k)));
        }
        if (updates.isEmpty()) return model;
        return new FederatedLogisticModel(model.standardiser(), LogisticWeights.weightedAverage(updates), model.rounds() + 1);
    }

    /** Round zero: the standardiser from the sum of the clients' moments, and zero weights. */
    static FederatedLogisticModel start(List<FederatedClient> clients) {
        if (clients.isEmpty()) throw new IllegalArgumentException("federated averaging needs at least one client");
        int width = clients.get(0).schema().size();
        FeatureMoments total = FeatureMoments.empty(width);
        for (FederatedClient c : clients) {
            total = total.plus(c.localUpdate(null, new MomentsRequest(), 0).moments());
        }
        return new FederatedLogisticModel(total.standardiser(), LogisticWeights.zeros(width), 0);
    }
}
