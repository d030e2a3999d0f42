package org.infoops.learn.federated;

import java.util.Arrays;

/**
 * A client's rows as bin indices under the agreed bin edges (client side, never sent), one unsigned byte per value
 * (at most 256 bins a feature, as {@link org.infoops.learn.BoostingSettings} allows). Binning once per edge set
 * instead of per request turns each histogram pass into array lookups: a world's influencer holds tens of thousands
 * of posts and boosting asks for a histogram at every level of every tree. Rows stay row-major: a histogram pass
 * reads every feature of the rows of one node, which are then one cache line each. Rows added to the client later
 * are appended (the edges do not change after the first round), so a round after new observations bins only them.
 */
final class BinnedRows {
    final BinEdges edges;
    final int width;
    int rows;
    byte[] bins; // row-major: bins[r * width + j], unsigned
    boolean[] positive;

    private BinnedRows(BinEdges edges) {
        this.edges = edges;
        this.width = edges.features();
        this.bins = new byte[0];
        this.positive = new boolean[0];
    }

    static BinnedRows of(ClientRows rows, BinEdges edges) {
        BinnedRows b = new BinnedRows(edges);
        b.append(rows);
        return b;
    }

    /** Bins the rows beyond the ones already here (the client's rows only grow). */
    void append(ClientRows source) {
        int n = source.rows();
        if (n <= rows) return;
        if ((long) n * width > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException(n + " rows x " + width + " features exceed one client's binned-row capacity");
        }
        if (positive.length < n) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 16L * width, Math.max(n, positive.length + (positive.length >> 1)));
            capacity = Math.max(capacity, n);
            bins = Arrays.copyOf(bins, capacity * width);
            positive = Arrays.copyOf(positive, capacity);
        }
        // each distinct value is binned once (a code's bin), then every row by lookup
        Codebook book = source.codebook;
        byte[][] binOfCode = new byte[width][];
        for (int j = 0; j < width; j++) {
            double[] value = book.values(j);
            binOfCode[j] = new byte[book.size(j)];
            for (int c = 0; c < binOfCode[j].length; c++) binOfCode[j][c] = (byte) edges.bin(j, value[c]);
        }
        source.binInto(bins, rows, n, binOfCode);
        for (int r = rows; r < n; r++) positive[r] = source.positive(r);
        rows = n;
    }

    int bin(int r, int feature) {
        return bins[r * width + feature] & 0xFF;
    }

    /** The node row r reaches from node {@code n} down in a tree whose thresholds are bin edges (left iff bin < cut). */
    int leafFrom(CutTree t, int n, int r) {
        int base = r * width;
        while (t.feature[n] >= 0) {
            n = (bins[base + t.feature[n]] & 0xFF) < t.cut[n] ? t.left[n] : t.right[n];
        }
        return n;
    }

    /** The node row r reaches from the root. */
    int leafOf(CutTree t, int r) {
        return leafFrom(t, 0, r);
    }

    /**
     * A tree with each threshold given as a bin cut. Exact because the server only places thresholds on bin
     * edges: value < edges[c-1] iff bin(value) < c.
     */
    static final class CutTree {
        final int[] feature;
        final int[] cut;
        final int[] left;
        final int[] right;
        final double[] value;

        CutTree(RegressionTree t, BinEdges edges) {
            feature = t.feature();
            left = t.left();
            right = t.right();
            value = t.value();
            double[] threshold = t.threshold();
            cut = new int[feature.length];
            for (int n = 0; n < feature.length; n++) {
                if (feature[n] < 0) continue;
                int c = edges.bin(feature[n], threshold[n]);
                if (c < 1 || edges.threshold(feature[n], c) != threshold[n]) {
                    throw new IllegalArgumentException("threshold " + threshold[n] + " of node " + n + " is not a bin edge");
                }
                cut[n] = c;
            }
        }

        int nodes() {
            return feature.length;
        }

        /**
         * True if this tree grew from {@code earlier} only by splitting some of its leaves: every inner node of
         * {@code earlier} is unchanged here, so a row's node in {@code earlier} lies on its path in this tree.
         */
        boolean extendsTree(CutTree earlier) {
            if (earlier.nodes() > nodes()) return false;
            for (int n = 0; n < earlier.nodes(); n++) {
                if (earlier.feature[n] >= 0 && (earlier.feature[n] != feature[n] || earlier.cut[n] != cut[n]
                        || earlier.left[n] != left[n] || earlier.right[n] != right[n])) {
                    return false;
                }
            }
            return true;
        }
    }
}
