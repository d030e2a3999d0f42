package org.infoops.model.cascade;

/**
 * The retweet table of the paper's Period I-II (section "Network selection"): one row per (author, retweeter)
 * pair with the number of the author's posts that the retweeter retweeted, |R_ij|. Its CSV schema is read and
 * written at the edge, by the scenario layer.
 */
public final class RetweetTable {
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
}
