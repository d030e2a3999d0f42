package org.infoops.learn.federated;

/**
 * One labelled row encoded by a {@link Codebook}: a code per column. Built once by the data builder and handed
 * to every client that observes the row; a client copies the codes into its own columns, so the object is
 * not kept. Only its codebook makes sense of it, hence the reference.
 */
public final class CodedRow {
    final Codebook codebook;
    final int[] codes;
    final boolean positive;

    CodedRow(Codebook codebook, int[] codes, boolean positive) {
        this.codebook = codebook;
        this.codes = codes;
        this.positive = positive;
    }

    public boolean positive() {
        return positive;
    }
}
