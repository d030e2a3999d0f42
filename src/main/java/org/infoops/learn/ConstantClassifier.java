package org.infoops.learn;

/**
 * The prediction when the training rows hold one class only (common for one influencer's few posts): the
 * Laplace-smoothed positive rate. Tribuo cannot fit a two-class model to one class, and the AUC of a constant is 0.5.
 */
public record ConstantClassifier(double rate) implements ProbabilisticClassifier {
    public static ConstantClassifier smoothed(long positives, long count) {
        return new ConstantClassifier((positives + 1.0) / (count + 2.0));
    }

    @Override
    public double probability(double[] features) {
        return rate;
    }
}
