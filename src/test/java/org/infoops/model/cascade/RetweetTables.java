package org.infoops.model.cascade;

/** Test fixture: a retweet table from {author, retweeter, count} rows. */
public final class RetweetTables {
    private RetweetTables() {}

    public static RetweetTable of(long[][] rows) {
        long[] a = new long[rows.length], r = new long[rows.length];
        int[] c = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            a[i] = rows[i][0];
            r[i] = rows[i][1];
            c[i] = (int) rows[i][2];
        }
        return new RetweetTable(a, r, c);
    }
}
