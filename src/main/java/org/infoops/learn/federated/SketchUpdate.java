package org.infoops.learn.federated;

import java.util.Arrays;

/**
 * A client's quantile sketch: for each feature, its values at the quantile levels i / (points - 1) (so the
 * minimum and maximum are included and a rare value still reaches the server), and the row count they summarise. Each column is summarised on its own, so no row's combination of values is sent.
 */
public record SketchUpdate(long sampleCount, double[][] quantiles) implements ClientUpdate {
    public SketchUpdate {
        quantiles = Arrays.stream(quantiles).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] quantiles() {
        return Arrays.stream(quantiles).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public int payloadLength() {
        return 1 + Arrays.stream(quantiles).mapToInt(q -> q.length).sum();
    }

    /**
     * The sketch of a client's columns (client side): the inverse-CDF quantile sorted[ceil(level n) - 1] at each
     * level, which does not change when a client's rows are duplicated (only its count does).
     */
    static SketchUpdate of(double[][] columns, int points) {
        double[][] q = new double[columns.length][points];
        for (int j = 0; j < columns.length; j++) {
            double[] sorted = columns[j].clone();
            Arrays.sort(sorted);
            for (int i = 0; i < points; i++) {
                long ceil = ((long) i * sorted.length + points - 2) / (points - 1); // ceil(i n / (points-1)), exact
                int at = (int) Math.max(0, ceil - 1);
                q[j][i] = sorted.length == 0 ? 0 : sorted[at];
            }
        }
        return new SketchUpdate(columns.length == 0 ? 0 : columns[0].length, q);
    }
}
