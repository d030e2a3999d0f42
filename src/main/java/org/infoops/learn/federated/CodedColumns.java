package org.infoops.learn.federated;

/**
 * A batch of labelled rows encoded by a {@link Codebook}, column by column (codes[j][row]). A data builder
 * encodes the rows of a time window once and hands each client the indices of the rows it observes
 * ({@link FederatedClient#add(CodedColumns, int[])}); the client copies those rows' codes into its own columns,
 * a gather from one small array per column instead of a read of every row object per client. Only its codebook
 * makes sense of the codes, hence the reference.
 */
public final class CodedColumns {
    final Codebook codebook;
    final int[][] codes;
    final boolean[] positive;

    CodedColumns(Codebook codebook, int[][] codes, boolean[] positive) {
        this.codebook = codebook;
        this.codes = codes;
        this.positive = positive;
    }

    public int rows() {
        return positive.length;
    }
}
