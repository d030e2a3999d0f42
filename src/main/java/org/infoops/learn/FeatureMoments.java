package org.infoops.learn;

import java.util.Arrays;
import java.util.List;

/**
 * Count, positives, and per-column sums and sums of squares of a feature table. These are sums, so the moments
 * of a union of tables are the sums of their moments: that is what lets a federated server standardise features
 * from the clients' aggregates alone, exactly as a central trainer would from the pooled rows.
 */
public record FeatureMoments(long count, long positives, double[] sum, double[] sumOfSquares) {
    public FeatureMoments {
        if (sum.length != sumOfSquares.length) {
            throw new IllegalArgumentException("sum and sumOfSquares differ in length");
        }
        sum = sum.clone();
        sumOfSquares = sumOfSquares.clone();
    }

    public static FeatureMoments empty(int width) {
        return new FeatureMoments(0, 0, new double[width], new double[width]);
    }

    public static FeatureMoments of(List<Example> rows, int width) {
        double[] s = new double[width];
        double[] q = new double[width];
        long pos = 0;
        for (Example e : rows) {
            for (int j = 0; j < width; j++) {
                double v = e.feature(j);
                s[j] += v;
                q[j] += v * v;
            }
            if (e.positive()) pos++;
        }
        return new FeatureMoments(rows.size(), pos, s, q);
    }

    public FeatureMoments plus(FeatureMoments o) {
        double[] s = sum.clone();
        double[] q = sumOfSquares.clone();
        for (int j = 0; j < s.length; j++) {
            s[j] += o.sum[j];
            q[j] += o.sumOfSquares[j];
        }
        return new FeatureMoments(count + o.count, positives + o.positives, s, q);
    }

    @Override
    public double[] sum() {
        return sum.clone();
    }

    @Override
    public double[] sumOfSquares() {
        return sumOfSquares.clone();
    }

    public int width() {
        return sum.length;
    }

    /** Column means and (population) standard deviations; a constant column keeps scale 1 so it maps to 0. */
    public Standardiser standardiser() {
        int d = sum.length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = count == 0 ? 0 : sum[j] / count;
            double var = count == 0 ? 0 : Math.max(0, sumOfSquares[j] / count - mean[j] * mean[j]);
            double sd = Math.sqrt(var);
            scale[j] = sd > 1e-12 * Math.max(1, Math.abs(mean[j])) ? sd : 1;
        }
        return new Standardiser(mean, scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMoments m && m.count == count && m.positives == positives
                && Arrays.equals(m.sum, sum) && Arrays.equals(m.sumOfSquares, sumOfSquares);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + Arrays.hashCode(sum);
    }
}
