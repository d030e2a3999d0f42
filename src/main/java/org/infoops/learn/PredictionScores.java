package org.infoops.learn;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * How well predicted probabilities fit held-out outcomes, the two measures of the synthetic-data paper's
 * Figures 3 and 4 (§4.2), as defined here (the paper names them without formulas):
 * <ul>
 *   <li>{@link #ksD}: the two-sample Kolmogorov-Smirnov D-value between the predicted probabilities of the
 *       held-out patches that were reversed and of those that were not, sup_t |F_reversed(t) - F_kept(t)|: how
 *       far the classifier separates the two classes (0 = not at all, 1 = perfectly; higher is better);</li>
 *   <li>{@link #rmse}: the root mean squared error between each held-out patch's predicted probability and its
 *       outcome (1 reversed, 0 not), the square root of the Brier score (lower is better).</li>
 * </ul>
 */
public final class PredictionScores {
    private PredictionScores() {
    }

    /** KS D between the scores of positives and of negatives (Commons Math); NaN when a class is missing. */
    public static double ksD(double[] scores, boolean[] positive) {
        int pos = 0;
        for (boolean b : positive) if (b) pos++;
        if (pos == 0 || pos == positive.length) return Double.NaN;
        double[] a = new double[pos], b = new double[positive.length - pos];
        for (int i = 0, j = 0, k = 0; i < scores.length; i++) {
            if (positive[i]) a[j++] = scores[i];
            else b[k++] = scores[i];
        }
        return new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(a, b);
    }

    public static double rmse(double[] scores, boolean[] positive) {
        if (scores.length != positive.length || scores.length == 0) {
            throw new IllegalArgumentException("scores (" + scores.length + ") and outcomes (" + positive.length + ") must be non-empty and of one length");
        }
        double ss = 0;
        for (int i = 0; i < scores.length; i++) {
            double e = scores[i] - (positive[i] ? 1 : 0);
            ss += e * e;
        }
        return Math.sqrt(ss / scores.length);
    }
}
