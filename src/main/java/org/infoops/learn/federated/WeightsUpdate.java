package org.infoops.learn.federated;

/**
 * A client's logistic weights after its local epochs, with the number of rows it trained on (FedAvg's n_k).
 * Layout: {@link LogisticWeights#flat()} (two rows of width d+1: "none" then "attack", bias last).
 */
public record WeightsUpdate(long sampleCount, LogisticWeights weights) implements ClientUpdate {
    @Override
    public int payloadLength() {
        return 1 + weights.flat().length;
    }
}
