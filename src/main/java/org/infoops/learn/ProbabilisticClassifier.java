package org.infoops.learn;

/** A trained classifier that scores a feature row with the probability that it is positive (e.g. draws an attack). */
@FunctionalInterface
public interface ProbabilisticClassifier {
    /** P(positive | features), in [0, 1]. */
    double probability(double[] features);
}
