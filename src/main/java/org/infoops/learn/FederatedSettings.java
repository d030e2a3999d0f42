package org.infoops.learn;

/**
 * How federated training is run, beside the model settings it shares with the baselines.
 *
 * @param fedAvgRounds  FedAvg rounds; with {@code localEpochs} E, each row is seen rounds x E times, chosen
 *                      to equal the centralised trainer's epochs so the two get the same passes over the data
 * @param localEpochs   E, each client's epochs per FedAvg round
 * @param treesPerRound trees federated boosting grows per round (all of BoostingSettings.trees in total)
 */
public record FederatedSettings(int fedAvgRounds, int localEpochs, int treesPerRound) {
    public FederatedSettings {
        if (fedAvgRounds < 1) throw new IllegalArgumentException("fedAvgRounds = " + fedAvgRounds + "; must be >= 1");
        if (localEpochs < 1) throw new IllegalArgumentException("localEpochs = " + localEpochs + "; must be >= 1");
        if (treesPerRound < 1) throw new IllegalArgumentException("treesPerRound = " + treesPerRound + "; must be >= 1");
    }

    /** 10 rounds of 1 local epoch (= the 10 centralised epochs of LogisticSettings.defaults), 10 trees per round. */
    public static FederatedSettings defaults() {
        return new FederatedSettings(10, 1, 10);
    }
}
