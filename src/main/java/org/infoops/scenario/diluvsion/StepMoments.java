package org.infoops.scenario.diluvsion;

/**
 * Running mean and variance per (column, step) over runs, by Welford's update: one pass, no per-run storage,
 * numerically stable. Runs must be added in the same order every time (the runner guarantees run-index order)
 * for bit-identical results.
 */
final class StepMoments {
    private final double[][] mean;
    private final double[][] m2;
    private int count;

    StepMoments(int columns, int steps) {
        mean = new double[columns][steps];
        m2 = new double[columns][steps];
    }

    /** Adds one run: {@code values[column][step]}. */
    void add(double[][] values) {
        count++;
        for (int c = 0; c < mean.length; c++) {
            double[] mu = mean[c];
            double[] s = m2[c];
            double[] x = values[c];
            for (int t = 0; t < mu.length; t++) {
                double delta = x[t] - mu[t];
                mu[t] += delta / count;
                s[t] += delta * (x[t] - mu[t]);
            }
        }
    }

    int count() {
        return count;
    }

    /** Means per [column][step] (a copy). */
    double[][] means() {
        double[][] out = new double[mean.length][];
        for (int c = 0; c < mean.length; c++) out[c] = mean[c].clone();
        return out;
    }

    /** Sample standard deviations per [column][step]; 0 with fewer than two runs (no spread is observable). */
    double[][] sds() {
        double[][] out = new double[m2.length][m2.length == 0 ? 0 : m2[0].length];
        if (count < 2) return out;
        for (int c = 0; c < m2.length; c++) {
            for (int t = 0; t < m2[c].length; t++) out[c][t] = Math.sqrt(Math.max(0, m2[c][t]) / (count - 1));
        }
        return out;
    }
}
