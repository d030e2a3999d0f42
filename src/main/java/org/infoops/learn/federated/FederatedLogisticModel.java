package org.infoops.learn.federated;

import org.infoops.learn.Standardiser;

/** The FedAvg global model: the standardiser agreed from the clients' moments and the averaged weights. */
public record FederatedLogisticModel(Standardiser standardiser, LogisticWeights weights, int rounds) implements FederatedModel {
    @Override
    public double probability(double[] features) {
        return weights.probability(standardiser.apply(features));
    }
}
