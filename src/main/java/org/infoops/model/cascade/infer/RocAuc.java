package org.infoops.model.cascade.infer;

import java.util.Arrays;

/**
 * Area under the ROC curve as the Mann-Whitney U statistic (ties count one half), the quantity of the paper's
 * Fig 5A. Written here because it is a few lines on primitive arrays, which Tribuo's evaluator would need
 * wrapping in Predictions for.
 */
public final class RocAuc {
    private RocAuc() {}

    public static double of(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += midRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
