package org.infoops.learn.federated;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.infoops.learn.Example;
import org.infoops.learn.FeatureSchema;

import java.util.Arrays;
import java.util.List;

/**
 * Dictionary encoding of a feature table's values: per column, every distinct value seen gets a small code, so a
 * client stores a row as codes (a byte per binary or small-count column) instead of a double[] object, and its
 * sketch, moments and bins are computed from primitive columns. A data builder encodes each row once with
 * {@link #encode(List)} and hands every client the indices of the rows it observes, instead of every client
 * copying and checking the same rows. The codebook holds values, never rows (which rows carry which value stays
 * with the clients), and it is in-process storage: nothing of it is sent. Codes follow first appearance; only
 * grows, and is written by one thread while rows are added, never during a client's request.
 */
public final class Codebook {
    private final FeatureSchema schema;
    private final double[][] values;
    private final int[] sizes;
    private final Long2IntOpenHashMap[] codeOf; // value bits -> code (raw bits: -0.0 and 0.0 stay distinct)

    public Codebook(FeatureSchema schema) {
        this.schema = schema;
        int d = schema.size();
        values = new double[d][4];
        sizes = new int[d];
        codeOf = new Long2IntOpenHashMap[d];
        for (int j = 0; j < d; j++) {
            codeOf[j] = new Long2IntOpenHashMap();
            codeOf[j].defaultReturnValue(-1);
        }
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** Checks the rows against the schema and encodes them (new values get new codes), column by column. */
    public CodedColumns encode(List<Example> rows) {
        int n = rows.size();
        int[][] codes = new int[sizes.length][n];
        boolean[] positive = new boolean[n];
        for (int r = 0; r < n; r++) {
            Example e = rows.get(r);
            double[] row = e.features();
            schema.check(row);
            for (int j = 0; j < row.length; j++) codes[j][r] = code(j, row[j]);
            positive[r] = e.positive();
        }
        return new CodedColumns(this, codes, positive);
    }

    /** Checks one row against the schema and encodes it: a code per column. */
    int[] encode(double[] row) {
        schema.check(row);
        int[] codes = new int[row.length];
        for (int j = 0; j < row.length; j++) codes[j] = code(j, row[j]);
        return codes;
    }

    private int code(int j, double v) {
        long bits = Double.doubleToRawLongBits(v);
        int c = codeOf[j].get(bits);
        if (c >= 0) return c;
        c = sizes[j]++;
        if (c == values[j].length) values[j] = Arrays.copyOf(values[j], 2 * c);
        values[j][c] = v;
        codeOf[j].put(bits, c);
        return c;
    }

    int columns() {
        return sizes.length;
    }

    /** Distinct values of column j seen so far (codes 0 .. size - 1). */
    int size(int j) {
        return sizes[j];
    }

    /** The code of value v in column j, or -1 if it was never seen. */
    int codeOf(int j, double v) {
        return codeOf[j].get(Double.doubleToRawLongBits(v));
    }

    double value(int j, int code) {
        return values[j][code];
    }

    /** Column j's values by code (the array itself, possibly longer than {@link #size}: do not modify). */
    double[] values(int j) {
        return values[j];
    }
}
