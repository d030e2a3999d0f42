package org.infoops.learn.federated;

import java.util.Arrays;

/**
 * Two-class logistic weights as Tribuo's linear SGD model holds them: one row per label ("none", "attack"),
 * each with one weight per feature and the bias last. P(attack) is the softmax of the two rows' scores,
 * i.e. the logistic function of their difference. Averaging rows averages the difference, so FedAvg on this
 * layout is FedAvg on the logistic model.
 */
public record LogisticWeights(double[] none, double[] attack) {
    public LogisticWeights {
        if (none.length != attack.length || none.length < 1) {
            throw new IllegalArgumentException("weight rows differ in length or are empty");
        }
        none = none.clone();
        attack = attack.clone();
    }

    public static LogisticWeights zeros(int features) {
        return new LogisticWeights(new double[features + 1], new double[features + 1]);
    }

    public int features() {
        return none.length - 1;
    }

    @Override
    public double[] none() {
        return none.clone();
    }

    @Override
    public double[] attack() {
        return attack.clone();
    }

    public double[] flat() {
        double[] f = Arrays.copyOf(none, 2 * none.length);
        System.arraycopy(attack, 0, f, none.length, attack.length);
        return f;
    }

    /** P(attack) for an already standardised row. */
    public double probability(double[] z) {
        double margin = attack[z.length] - none[z.length];
        for (int j = 0; j < z.length; j++) {
            margin += (attack[j] - none[j]) * z[j];
        }
        return 1 / (1 + Math.exp(-margin));
    }

    /** The sample-count-weighted average (FedAvg): sum_k n_k w_k / sum_k n_k. */
    public static LogisticWeights weightedAverage(java.util.List<WeightsUpdate> updates) {
        int width = updates.get(0).weights().none.length;
        double[] n = new double[width];
        double[] a = new double[width];
        double total = 0;
        for (WeightsUpdate u : updates) {
            double nk = u.sampleCount();
            total += nk;
            for (int j = 0; j < width; j++) {
                n[j] += nk * u.weights().none[j];
                a[j] += nk * u.weights().attack[j];
            }
        }
        if (total <= 0) throw new IllegalArgumentException("weighted average over clients with no rows");
        for (int j = 0; j < width; j++) {
            n[j] /= total;
            a[j] /= total;
        }
        return new LogisticWeights(n, a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogisticWeights w && Arrays.equals(w.none, none) && Arrays.equals(w.attack, attack);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(none) * 31 + Arrays.hashCode(attack);
    }

    @Override
    public String toString() {
        return "LogisticWeights{none=" + Arrays.toString(none) + ", attack=" + Arrays.toString(attack) + "}";
    }
}
