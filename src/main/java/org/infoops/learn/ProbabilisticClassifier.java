package org.infoops.learn;

/** A trained classifier that scores a feature row with the probability that it is positive (e.g. draws an attack). */
@FunctionalInterface
public interface ProbabilisticClassifier {
    /** P(positive | features), in [0, 1]. */
    double probability(double[] features);

    /** P(positive) for many rows; classifiers with a per-call overhead (XGBoost over JNI) score them in one batch. */
    default double[] probabilities(java.util.List<Example> rows) {
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) p[i] = probability(rows.get(i).features());
        return p;
    }
}
