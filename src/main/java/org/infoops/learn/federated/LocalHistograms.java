package org.infoops.learn.federated;

import org.infoops.learn.Example;

import java.util.List;

/**
 * Client side of federated boosting: gradient/hessian histograms of the client's own rows. Runs inside
 * {@link FederatedClient}; only the sums it returns leave the client.
 */
final class LocalHistograms {
    private LocalHistograms() {
    }

    /** Logistic-loss gradient (p - y) and hessian p(1 - p) per row, summed into the open nodes' bins. */
    static HistogramUpdate compute(List<Example> rows, double[] margins, BinEdges edges, HistogramRequest request) {
        int[] offsets = edges.offsets();
        int width = offsets[edges.features()];
        int[] open = request.openNodes();
        RegressionTree tree = request.partialTree();
        int[] slot = new int[tree.nodes()];
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < open.length; i++) slot[open[i]] = i;
        double[] g = new double[open.length * width];
        double[] h = new double[open.length * width];
        for (int r = 0; r < rows.size(); r++) {
            Example e = rows.get(r);
            double[] x = e.features();
            int s = slot[tree.leafOf(x)];
            if (s < 0) continue;
            double p = 1 / (1 + Math.exp(-margins[r]));
            double grad = p - (e.positive() ? 1 : 0);
            double hess = Math.max(p * (1 - p), 1e-16);
            int base = s * width;
            for (int j = 0; j < x.length; j++) {
                int at = base + offsets[j] + edges.bin(j, x[j]);
                g[at] += grad;
                h[at] += hess;
            }
        }
        return new HistogramUpdate(rows.size(), g, h);
    }
}
