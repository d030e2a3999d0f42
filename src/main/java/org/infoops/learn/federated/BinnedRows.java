package org.infoops.learn.federated;

import org.infoops.learn.Example;

import java.util.List;

/**
 * A client's rows as bin indices under the agreed bin edges (client side, never sent). Binning once per edge
 * set instead of per request turns each histogram pass into array lookups: a world's influencer holds thousands
 * of posts and boosting asks for a histogram at every level of every tree.
 */
final class BinnedRows {
    final BinEdges edges;
    final int rows;
    final int width;
    final short[] bins; // row-major: bins[r * width + j]
    final boolean[] positive;

    private BinnedRows(BinEdges edges, List<Example> examples) {
        this.edges = edges;
        this.rows = examples.size();
        this.width = edges.features();
        this.bins = new short[rows * width];
        this.positive = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            Example e = examples.get(r);
            for (int j = 0; j < width; j++) bins[r * width + j] = (short) edges.bin(j, e.feature(j));
            positive[r] = e.positive();
        }
    }

    static BinnedRows of(List<Example> examples, BinEdges edges) {
        return new BinnedRows(edges, examples);
    }

    /** The node row r reaches in a tree whose thresholds are bin edges (left iff bin < cut). */
    int leafOf(CutTree t, int r) {
        int n = 0;
        int base = r * width;
        while (t.feature[n] >= 0) {
            n = bins[base + t.feature[n]] < t.cut[n] ? t.left[n] : t.right[n];
        }
        return n;
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
    }
}
