package org.infoops.model.cascade;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The retweet table of the paper's Period I-II (section "Network selection"): one row per (author, retweeter)
 * pair with the number of the author's posts that the retweeter retweeted, |R_ij|.
 *
 * <p>CSV schema (header required): {@code author,retweeter,count} with author and retweeter as integer user ids
 * (any 64-bit values) and count a non-negative integer. Rows may repeat a pair; counts are summed.
 */
public final class RetweetTable {
    public static final String HEADER = "author,retweeter,count";

    private final long[] authors;
    private final long[] retweeters;
    private final int[] counts;

    public RetweetTable(long[] authors, long[] retweeters, int[] counts) {
        if (authors.length != retweeters.length || authors.length != counts.length) {
            throw new IllegalArgumentException("author, retweeter and count columns differ in length");
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("row " + (i + 1) + ": count must be >= 0, was " + counts[i]);
            }
        }
        this.authors = authors;
        this.retweeters = retweeters;
        this.counts = counts;
    }

    public int rowCount() {
        return counts.length;
    }

    public long author(int row) {
        return authors[row];
    }

    public long retweeter(int row) {
        return retweeters[row];
    }

    public int count(int row) {
        return counts[row];
    }

    /** Reads the documented CSV; errors name the file, the line, the column and the value. */
    public static RetweetTable read(Path file) throws IOException {
        long[] a = new long[1024], r = new long[1024];
        int[] c = new int[1024];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            if (header == null || !header.trim().replace(" ", "").equalsIgnoreCase(HEADER)) {
                throw new IOException(file + ": header must be '" + HEADER + "', was '" + header + "'");
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 3) {
                    throw new IOException(file + ":" + lineNo + ": expected 3 fields (" + HEADER + "), got " + f.length);
                }
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                    r = Arrays.copyOf(r, n * 2);
                    c = Arrays.copyOf(c, n * 2);
                }
                a[n] = parseLong(file, lineNo, "author", f[0]);
                r[n] = parseLong(file, lineNo, "retweeter", f[1]);
                long count = parseLong(file, lineNo, "count", f[2]);
                if (count < 0 || count > Integer.MAX_VALUE) {
                    throw new IOException(file + ":" + lineNo + ": count must be in 0.." + Integer.MAX_VALUE + ", was " + count);
                }
                c[n++] = (int) count;
            }
        }
        return new RetweetTable(Arrays.copyOf(a, n), Arrays.copyOf(r, n), Arrays.copyOf(c, n));
    }

    private static long parseLong(Path file, int line, String column, String value) throws IOException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + line + ": " + column + " must be an integer, was '" + value + "'");
        }
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < counts.length; i++) {
                w.write(authors[i] + "," + retweeters[i] + "," + counts[i] + "\n");
            }
        }
    }
}
