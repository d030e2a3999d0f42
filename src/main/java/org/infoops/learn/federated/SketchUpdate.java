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

    /** Columns with at most this many distinct values are counted instead of sorted. */
    private static final int FEW = 64;

    /** A table read by row and column (a client's rows, or columns in tests). */
    interface Table {
        int rows();

        double value(int row, int column);
    }

    /**
     * The sketch of a client's columns (client side): the inverse-CDF quantile sorted[ceil(level n) - 1] at each
     * level, which does not change when a client's rows are duplicated (only its count does).
     */
    static SketchUpdate of(double[][] columns, int points) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        return of(new Table() {
            public int rows() {
                return n;
            }

            public double value(int row, int column) {
                return columns[column][row];
            }
        }, columns.length, points);
    }

    /**
     * The same sketch, read row by row. Most feature columns are binary, categorical or small counts: those are
     * counted (value -> rows) in one pass over the rows, and the order statistics read off the sorted distinct
     * values, which gives exactly the sorted column's entries without sorting it; only columns with more than
     * {@link #FEW} distinct values are copied out and sorted.
     */
    static SketchUpdate of(Table table, int width, int points) {
        int n = table.rows();
        double[][] value = new double[width][FEW];
        long[][] bits = new long[width][FEW];
        int[][] count = new int[width][FEW];
        int[] distinct = new int[width];
        int[] last = new int[width];
        boolean[] many = new boolean[width];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < width; j++) {
                if (many[j]) continue;
                double v = table.value(r, j);
                long b = Double.doubleToRawLongBits(v);
                long[] known = bits[j];
                int i = last[j];
                if (distinct[j] == 0 || known[i] != b) {
                    i = 0;
                    while (i < distinct[j] && known[i] != b) i++;
                    if (i == distinct[j]) {
                        if (i == FEW) {
                            many[j] = true;
                            continue;
                        }
                        value[j][i] = v;
                        known[i] = b;
                        distinct[j]++;
                    }
                    last[j] = i;
                }
                count[j][i]++;
            }
        }
        double[][] q = new double[width][];
        for (int j = 0; j < width; j++) {
            if (n == 0) {
                q[j] = new double[points];
            } else if (many[j]) {
                double[] sorted = new double[n];
                for (int r = 0; r < n; r++) sorted[r] = table.value(r, j);
                Arrays.sort(sorted);
                q[j] = new double[points];
                for (int i = 0; i < points; i++) q[j][i] = sorted[position(i, n, points)];
            } else {
                q[j] = countedQuantiles(value[j], count[j], distinct[j], n, points);
            }
        }
        return new SketchUpdate(width == 0 ? 0 : n, q);
    }

    /**
     * The same sketch from a client's coded columns: each column's rows are counted per code, and the order
     * statistics read off the client's distinct values in sorted order, which gives exactly the sorted column's
     * entries (the same values as sorting every column, at the cost of one counting pass).
     */
    static SketchUpdate of(ClientRows rows, int points) {
        int n = rows.rows();
        int width = rows.width();
        double[][] q = new double[width][];
        for (int j = 0; j < width; j++) {
            if (n == 0) {
                q[j] = new double[points];
                continue;
            }
            int[] count = rows.counts(j);
            double[] values = rows.codebook.values(j);
            int present = 0;
            for (int c : count) if (c > 0) present++;
            double[] sorted = new double[present];
            for (int c = 0, at = 0; c < count.length; c++) if (count[c] > 0) sorted[at++] = values[c];
            Arrays.sort(sorted); // the codebook keeps distinct bits, so no two entries compare equal
            int[] sortedCount = new int[present];
            for (int i = 0; i < present; i++) sortedCount[i] = count[rows.codebook.codeOf(j, sorted[i])];
            q[j] = quantiles(sorted, sortedCount, n, points);
        }
        return new SketchUpdate(width == 0 ? 0 : n, q);
    }

    private static double[] countedQuantiles(double[] value, int[] count, int distinct, int n, int points) {
        Integer[] order = new Integer[distinct];
        for (int i = 0; i < distinct; i++) order[i] = i;
        Arrays.sort(order, (a, c) -> Double.compare(value[a], value[c])); // Arrays.sort(double[])'s order
        double[] sorted = new double[distinct];
        int[] sortedCount = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            sorted[i] = value[order[i]];
            sortedCount[i] = count[order[i]];
        }
        return quantiles(sorted, sortedCount, n, points);
    }

    /** The quantiles of n values given as distinct values in ascending order with their counts. */
    private static double[] quantiles(double[] sorted, int[] count, int n, int points) {
        double[] q = new double[points];
        int k = 0;
        long below = count[0]; // rows up to and including the k-th smallest value
        for (int i = 0; i < points; i++) {
            int at = position(i, n, points);
            while (at >= below) below += count[++k];
            q[i] = sorted[k];
        }
        return q;
    }

    /** The sorted index of quantile level i / (points - 1) of n values: ceil(i n / (points - 1)) - 1, at least 0. */
    private static int position(int i, int n, int points) {
        long ceil = ((long) i * n + points - 2) / (points - 1); // exact integer ceiling
        return (int) Math.max(0, ceil - 1);
    }
}
