package org.infoops.learn.federated;

/**
 * Client side of federated boosting: gradient/hessian histograms of the client's own rows. Runs inside
 * {@link FederatedClient}; only the sums it returns leave the client.
 */
final class LocalHistograms {
    private LocalHistograms() {
    }

    /** Logistic-loss gradient (p - y) and hessian p(1 - p) per row, summed into the open nodes' bins. */
    static HistogramUpdate compute(BinnedRows rows, double[] margins, HistogramRequest request) {
        BinEdges edges = rows.edges;
        int[] offsets = edges.offsets();
        int width = offsets[edges.features()];
        int[] open = request.openNodes();
        BinnedRows.CutTree tree = new BinnedRows.CutTree(request.partialTree(), edges);
        int[] slot = new int[tree.feature.length];
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < open.length; i++) slot[open[i]] = i;
        double[] g = new double[open.length * width];
        double[] h = new double[open.length * width];
        int d = rows.width;
        for (int r = 0; r < rows.rows; r++) {
            int s = slot[rows.leafOf(tree, r)];
            if (s < 0) continue;
            double p = 1 / (1 + Math.exp(-margins[r]));
            double grad = p - (rows.positive[r] ? 1 : 0);
            double hess = Math.max(p * (1 - p), 1e-16);
            int base = s * width;
            int row = r * d;
            for (int j = 0; j < d; j++) {
                int at = base + offsets[j] + rows.bins[row + j];
                g[at] += grad;
                h[at] += hess;
            }
        }
        return new HistogramUpdate(rows.rows, g, h);
    }
}
