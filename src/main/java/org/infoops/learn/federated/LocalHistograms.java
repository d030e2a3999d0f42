package org.infoops.learn.federated;

/**
 * Client side of federated boosting: gradient/hessian histograms of the client's own rows. Runs inside
 * {@link FederatedClient}; only the sums it returns leave the client.
 */
final class LocalHistograms {
    private LocalHistograms() {
    }

    /**
     * Logistic-loss gradient (p - y) and hessian p(1 - p) per row, summed into the open nodes' bins. Each sum adds
     * its rows in row order, as one pass over the rows always has, so the result does not depend on how the rows
     * were routed or cached. The gradient and hessian of a cell sit side by side while summing (one cache line).
     */
    static HistogramUpdate compute(BinnedRows rows, double[] gradients, double[] hessians, int[] nodeOf,
                                   BinnedRows.CutTree tree, HistogramRequest request) {
        // nodeOf holds each row's node in an earlier stage of the tree; rows are moved down to their node in tree
        // here, while their bins are being read anyway (see RowRouting#routeFrom)
        BinEdges edges = rows.edges;
        int[] offsets = edges.offsets();
        int width = offsets[edges.features()];
        int[] open = request.openNodes();
        int[] slot = new int[tree.nodes()];
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < open.length; i++) slot[open[i]] = i;
        double[] gh = new double[2 * open.length * width];
        int d = rows.width;
        byte[] bins = rows.bins;
        int[] feature = tree.feature;
        for (int r = 0, n = rows.rows; r < n; r++) {
            int node = nodeOf[r];
            if (feature[node] >= 0) {
                node = rows.leafFrom(tree, node, r);
                nodeOf[r] = node;
            }
            int s = slot[node];
            if (s < 0) continue;
            double grad = gradients[r];
            double hess = hessians[r];
            int base = s * width;
            int row = r * d;
            for (int j = 0; j < d; j++) {
                int at = (base + offsets[j] + (bins[row + j] & 0xFF)) << 1;
                gh[at] += grad;
                gh[at + 1] += hess;
            }
        }
        double[] g = new double[open.length * width];
        double[] h = new double[open.length * width];
        for (int k = 0; k < g.length; k++) {
            g[k] = gh[2 * k];
            h[k] = gh[2 * k + 1];
        }
        return new HistogramUpdate(rows.rows, g, h);
    }
}
