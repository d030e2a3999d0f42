package org.infoops.learn;

import java.util.List;

/**
 * Area under the ROC curve by ranks (the Mann-Whitney U statistic divided by n+ n-): the probability that a
 * random positive scores higher than a random negative, counting ties as one half. Tied scores share the
 * mean of their ranks, so a constant classifier scores exactly 0.5.
 *
 * <p>Hand-written rather than Tribuo's LabelEvaluator because the latter needs a Tribuo model and dataset,
 * while the classifiers here (including federated ones) are plain {@link ProbabilisticClassifier}s.
 */
public final class RocAuc {
    private RocAuc() {
    }

    public static double of(ProbabilisticClassifier c, List<Example> heldOut) {
        double[] scores = c.probabilities(heldOut);
        boolean[] positive = new boolean[heldOut.size()];
        for (int i = 0; i < positive.length; i++) positive[i] = heldOut.get(i).positive();
        return of(scores, positive);
    }

    /** AUC of scores against labels; NaN when either class is absent (the AUC is undefined). */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("scores (" + scores.length + ") and labels (" + positive.length + ") differ in length");
        }
        int n = scores.length;
        // primitive indices (no boxing for millions of rows); the order within a tie group does not change the sum
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double meanRank = (i + j) / 2.0 + 1; // ranks are 1-based; a tie group shares the mean rank
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += meanRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
