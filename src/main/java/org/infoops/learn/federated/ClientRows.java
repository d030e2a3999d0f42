package org.infoops.learn.federated;

import org.infoops.learn.Example;
import org.infoops.learn.FeatureMoments;

import java.util.Arrays;

/**
 * A client's private rows, column by column, as {@link Codebook} codes: one byte per value while the codebook's
 * column has at most 256 distinct values (binary, one-hot, hour, day, small counts), else an int. A histogram request, sketch or
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
    private final int[][] wide;    // column j's codes once its codebook column outgrew NARROW; null before
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

    /** Adds one row given as a code per column. */
    void add(int[] codes, boolean label) {
        reserve(rows + 1);
        for (int j = 0; j < width; j++) {
            if (wide[j] != null) wide[j][rows] = codes[j];
            else narrow[j][rows] = (byte) codes[j];
        }
        positive[rows++] = label;
    }

    /** Adds rows {@code which} of a batch, column by column (a gather from each of the batch's columns). */
    void add(CodedColumns batch, int[] which) {
        reserve(rows + which.length);
        for (int j = 0; j < width; j++) {
            int[] from = batch.codes[j];
            if (wide[j] != null) {
                int[] to = wide[j];
                for (int i = 0; i < which.length; i++) to[rows + i] = from[which[i]];
            } else {
                byte[] to = narrow[j];
                for (int i = 0; i < which.length; i++) to[rows + i] = (byte) from[which[i]];
            }
        }
        for (int i = 0; i < which.length; i++) positive[rows + i] = batch.positive[which[i]];
        rows += which.length;
    }

    /**
     * Room for {@code n} rows, and every column wide enough for its codebook's codes: a column is a byte per row
     * while its codebook column has at most {@link #NARROW} values, and widened when it outgrows that.
     */
    private void reserve(int n) {
        if (n > positive.length) grow(Math.max(Math.max(16, n), positive.length + (positive.length >> 1)));
        for (int j = 0; j < width; j++) {
            if (wide[j] == null && codebook.size(j) > NARROW) widen(j);
        }
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

    /**
     * How many rows carry each code of column j (indexed by code). Four interleaved tallies, added up at the end:
     * most columns are nearly constant, and one tally incremented by every row would wait on its own last store.
     */
    int[] counts(int j) {
        int size = codebook.size(j);
        int[] tally = new int[4 * size];
        int r = 0;
        if (wide[j] != null) {
            int[] c = wide[j];
            for (; r + 3 < rows; r += 4) {
                tally[c[r]]++;
                tally[size + c[r + 1]]++;
                tally[2 * size + c[r + 2]]++;
                tally[3 * size + c[r + 3]]++;
            }
            for (; r < rows; r++) tally[c[r]]++;
        } else {
            byte[] c = narrow[j];
            for (; r + 3 < rows; r += 4) {
                tally[c[r] & 0xFF]++;
                tally[size + (c[r + 1] & 0xFF)]++;
                tally[2 * size + (c[r + 2] & 0xFF)]++;
                tally[3 * size + (c[r + 3] & 0xFF)]++;
            }
            for (; r < rows; r++) tally[c[r] & 0xFF]++;
        }
        int[] count = new int[size];
        for (int c = 0; c < size; c++) count[c] = tally[c] + tally[size + c] + tally[2 * size + c] + tally[3 * size + c];
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
