package org.infoops.model.cascade.infer;

/**
 * The paper's recalibration of boosted-tree outputs (section "Infection model"): predictions on the test data are
 * binned by quantile (100 bins), the empirical reshare rate is taken per bin, and a degree-11 polynomial with
 * non-negative coefficients is fitted to the calibration curve (here by {@link NonNegativeLeastSquares}).
 * Non-negative coefficients on scores in [0, 1] make the map non-decreasing, so calibration never reorders
 * users; outputs are clamped to [0, 1].
 */
public final class PolynomialCalibration implements java.io.Serializable {
    private final double[] coefficients;   // c_0 .. c_degree
    private final double[] binScore;
    private final double[] binRate;

    private PolynomialCalibration(double[] coefficients, double[] binScore, double[] binRate) {
        this.coefficients = coefficients;
        this.binScore = binScore;
        this.binRate = binRate;
    }

    public static PolynomialCalibration fit(double[] scores, boolean[] positive, int bins, int degree) {
        if (scores.length < bins) {
            throw new IllegalArgumentException("need at least " + bins + " scored exposures to fill " + bins
                    + " quantile bins, got " + scores.length);
        }
        if (degree < 0) {
            throw new IllegalArgumentException("degree: " + degree + " is out of range; allowed: 0 or more");
        }
        // a stable sort of primitive indices: tied scores keep row order, as a sort of boxed indices would, without
        // boxing the millions of held-out rows of a paper-size clone
        int[] order = new int[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        it.unimi.dsi.fastutil.ints.IntArrays.mergeSort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double[] x = new double[bins], y = new double[bins];
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * scores.length / bins), to = (int) ((long) (b + 1) * scores.length / bins);
            double s = 0, p = 0;
            for (int k = from; k < to; k++) {
                s += scores[order[k]];
                if (positive[order[k]]) p++;
            }
            x[b] = s / (to - from);
            y[b] = p / (to - from);
        }
        double[][] design = new double[bins][degree + 1];
        for (int b = 0; b < bins; b++) {
            double pow = 1;
            for (int d = 0; d <= degree; d++) {
                design[b][d] = pow;
                pow *= x[b];
            }
        }
        return new PolynomialCalibration(NonNegativeLeastSquares.solve(design, y), x, y);
    }

    /** The calibrated probability of a raw tree score (clamped to [0, 1] on both sides). */
    public double apply(double score) {
        double s = Math.min(1, Math.max(0, score));
        double v = 0;
        for (int d = coefficients.length - 1; d >= 0; d--) v = v * s + coefficients[d];
        return Math.min(1, Math.max(0, v));
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Mean raw score per quantile bin (the calibration curve's x). */
    public double[] binScores() {
        return binScore.clone();
    }

    /** Empirical reshare rate per quantile bin (the calibration curve's y). */
    public double[] binRates() {
        return binRate.clone();
    }
}
