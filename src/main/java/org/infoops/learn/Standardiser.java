package org.infoops.learn;

import java.util.Arrays;

/** Maps each column to (value - mean) / scale, so SGD steps treat columns of different units alike. */
public record Standardiser(double[] mean, double[] scale) {
    public Standardiser {
        mean = mean.clone();
        scale = scale.clone();
    }

    public static Standardiser identity(int width) {
        double[] one = new double[width];
        Arrays.fill(one, 1);
        return new Standardiser(new double[width], one);
    }

    public double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardiser s && Arrays.equals(s.mean, mean) && Arrays.equals(s.scale, scale);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mean) * 31 + Arrays.hashCode(scale);
    }
}
