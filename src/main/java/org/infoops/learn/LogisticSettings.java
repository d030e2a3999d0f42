package org.infoops.learn;

/**
 * Logistic regression by SGD (Tribuo LinearSGDTrainer, log loss, plain SGD steps). The same settings drive the
 * centralised and local baselines and each client's local epochs in federated averaging, so the comparison
 * differs only in who sees which data.
 *
 * @param epochs       passes over the training rows (for FedAvg: local epochs E per round)
 * @param learningRate SGD step size on standardised features
 * @param minibatch    rows per SGD step
 */
public record LogisticSettings(int epochs, double learningRate, int minibatch) {
    public LogisticSettings {
        if (epochs < 1) throw new IllegalArgumentException("logistic epochs = " + epochs + "; must be >= 1");
        if (!(learningRate > 0)) throw new IllegalArgumentException("logistic learningRate = " + learningRate + "; must be > 0");
        if (minibatch < 1) throw new IllegalArgumentException("logistic minibatch = " + minibatch + "; must be >= 1");
    }

    /** Chosen, not from the paper (which gives no logistic settings): converges on standardised rows in tests. */
    public static LogisticSettings defaults() {
        return new LogisticSettings(10, 0.05, 1);
    }
}
