package org.infoops.scenario.cascade;

import org.infoops.model.cascade.RetweetTable;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The retweet table's CSV schema (header required): {@code author,retweeter,count} with author and retweeter as
 * integer user ids (any 64-bit values) and count a non-negative integer. Rows may repeat a pair; counts are summed.
 */
public final class RetweetTableFiles {
    public static final String HEADER = "author,retweeter,count";

    private RetweetTableFiles() {}

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

    public static void write(RetweetTable table, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < table.rowCount(); i++) {
                w.write(table.author(i) + "," + table.retweeter(i) + "," + table.count(i) + "\n");
            }
        }
    }
}
