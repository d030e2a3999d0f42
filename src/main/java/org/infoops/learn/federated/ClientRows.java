package org.infoops.learn.federated;

import org.infoops.learn.Example;
import org.infoops.learn.FeatureMoments;

import java.util.Arrays;

/**
 * A client's private rows, column by column, as {@link Codebook} codes: one byte per value while a column has at
 * most 256 distinct values (binary, one-hot, hour, day, small counts), else an int. A histogram request, sketch or
 * moments pass then reads a few primitive arrays in order instead of millions of scattered row objects. Only
 * grows; every value is recovered exactly (the codebook keeps the double), so whatever is computed from here is
 * bit for bit what the same computation on the original rows gives.
 */
final class ClientRows {
    private static final int NARROW = 256;
    final Codebook codebook;
    private final int width;
    private int rows;
    private final byte[][] narrow; // column j's codes while they fit a byte (unsigned); null once wide
    private final int[][] wide;    // column j's codes once one reached NARROW; null before
    private boolean[] positive = new boolean[0];

    ClientRows(Codebook codebook) {
        this.codebook = codebook;
        this.width = codebook.columns();
        narrow = new byte[width][0];
        wide = new int[width][];
    }

    int rows() {
        return rows;
    }

    int width() {
        return width;
    }

    void add(CodedRow row) {
        if (rows == positive.length) grow(Math.max(16, rows + (rows >> 1)));
        int[] codes = row.codes;
        for (int j = 0; j < width; j++) {
            int c = codes[j];
            if (wide[j] != null) {
                wide[j][rows] = c;
            } else if (c < NARROW) {
                narrow[j][rows] = (byte) c;
            } else {
                widen(j);
                wide[j][rows] = c;
            }
        }
        positive[rows++] = row.positive;
    }

    private void grow(int capacity) {
        positive = Arrays.copyOf(positive, capacity);
        for (int j = 0; j < width; j++) {
            if (wide[j] != null) wide[j] = Arrays.copyOf(wide[j], capacity);
            else narrow[j] = Arrays.copyOf(narrow[j], capacity);
        }
    }

    private void widen(int j) {
        int[] w = new int[positive.length];
        byte[] b = narrow[j];
        for (int r = 0; r < rows; r++) w[r] = b[r] & 0xFF;
        wide[j] = w;
        narrow[j] = null;
    }

    int code(int r, int j) {
        return wide[j] != null ? wide[j][r] : narrow[j][r] & 0xFF;
    }

    boolean positive(int r) {
        return positive[r];
    }

    /** Row r's values (a fresh array). */
    double[] features(int r) {
        double[] row = new double[width];
        for (int j = 0; j < width; j++) row[j] = codebook.value(j, code(r, j));
        return row;
    }

    Example example(int r) {
        return new Example(features(r), positive[r]);
    }

    /**
     * Count, positives and per-column sums of values and squares, each column summed in row order exactly as
     * {@link FeatureMoments#of} sums the rows (so the same bits).
     */
    FeatureMoments moments() {
        double[] s = new double[width];
        double[] q = new double[width];
        for (int j = 0; j < width; j++) {
            double[] value = codebook.values(j);
            double sj = 0;
            double qj = 0;
            if (wide[j] != null) {
                int[] c = wide[j];
                for (int r = 0; r < rows; r++) {
                    double v = value[c[r]];
                    sj += v;
                    qj += v * v;
                }
            } else {
                byte[] c = narrow[j];
                for (int r = 0; r < rows; r++) {
                    double v = value[c[r] & 0xFF];
                    sj += v;
                    qj += v * v;
                }
            }
            s[j] = sj;
            q[j] = qj;
        }
        long pos = 0;
        for (int r = 0; r < rows; r++) if (positive[r]) pos++;
        return new FeatureMoments(rows, pos, s, q);
    }

    /** How many rows carry each code of column j (indexed by code). */
    int[] counts(int j) {
        int[] count = new int[codebook.size(j)];
        if (wide[j] != null) {
            int[] c = wide[j];
            for (int r = 0; r < rows; r++) count[c[r]]++;
        } else {
            byte[] c = narrow[j];
            for (int r = 0; r < rows; r++) count[c[r] & 0xFF]++;
        }
        return count;
    }

    /**
     * Writes the bins of rows [from, to) row-major into {@code bins} (row r's bin of column j at r * width + j),
     * column j's bin of a code being {@code binOfCode[j][code]}. Works in blocks of rows so that each block of
     * the row-major output stays in cache while the columns are read in order.
     */
    void binInto(byte[] bins, int from, int to, byte[][] binOfCode) {
        final int block = 2048;
        for (int lo = from; lo < to; lo += block) {
            int hi = Math.min(to, lo + block);
            for (int j = 0; j < width; j++) {
                byte[] table = binOfCode[j];
                if (wide[j] != null) {
                    int[] c = wide[j];
                    for (int r = lo; r < hi; r++) bins[r * width + j] = table[c[r]];
                } else {
                    byte[] c = narrow[j];
                    for (int r = lo; r < hi; r++) bins[r * width + j] = table[c[r] & 0xFF];
                }
            }
        }
    }

    /** The labels (the array itself, possibly longer than the rows: do not modify). */
    boolean[] labels() {
        return positive;
    }
}
