package org.infoops.learn.federated;

import org.infoops.learn.LogisticSettings;

/** Asks a client to run E local epochs of logistic SGD from the current global weights (FedAvg's client step). */
public record LocalSgdRequest(LogisticSettings settings) implements LocalRequest<WeightsUpdate> {
    @Override
    public Class<WeightsUpdate> replyType() {
        return WeightsUpdate.class;
    }
}
