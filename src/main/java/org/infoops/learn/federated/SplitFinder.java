package org.infoops.learn.federated;

import org.infoops.learn.BoostingSettings;

/**
 * The server's split choice from aggregated histograms, by XGBoost's gain for a second-order step:
 * gain = G_L^2/(H_L+lambda) + G_R^2/(H_R+lambda) - G^2/(H+lambda) (the constant 1/2 and gamma = 0 dropped),
 * over every feature and every cut between bins, each child keeping at least min_child_weight of hessian.
 */
final class SplitFinder {
    /** A chosen split of a node, with the gradient and hessian sums of both children (their leaf values). */
    record Split(int feature, int cut, double gain, double leftG, double leftH, double rightG, double rightH) {
    }

    private SplitFinder() {
    }

    /** The best split of node slot {@code s} of an aggregated histogram, or null if no split gains. */
    static Split best(double[] g, double[] h, int s, BinEdges edges, BoostingSettings b) {
        int[] off = edges.offsets();
        int base = s * off[edges.features()];
        double lambda = b.lambda();
        double totalG = 0;
        double totalH = 0;
        for (int k = off[0]; k < off[1]; k++) {
            totalG += g[base + k];
            totalH += h[base + k];
        }
        double parent = totalG * totalG / (totalH + lambda);
        Split best = null;
        for (int j = 0; j < edges.features(); j++) {
            double gl = 0;
            double hl = 0;
            for (int cut = 1; cut < edges.bins(j); cut++) {
                gl += g[base + off[j] + cut - 1];
                hl += h[base + off[j] + cut - 1];
                double gr = totalG - gl;
                double hr = totalH - hl;
                if (hl < b.minChildWeight() || hr < b.minChildWeight()) continue;
                double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                if (gain > 1e-12 && (best == null || gain > best.gain())) {
                    best = new Split(j, cut, gain, gl, hl, gr, hr);
                }
            }
        }
        return best;
    }

    /** Sums of node slot s (any feature's bins add up to the node's totals): {G, H}. */
    static double[] totals(double[] g, double[] h, int s, BinEdges edges) {
        int[] off = edges.offsets();
        int base = s * off[edges.features()];
        double tg = 0;
        double th = 0;
        for (int k = off[0]; k < off[1]; k++) {
            tg += g[base + k];
            th += h[base + k];
        }
        return new double[] {tg, th};
    }

    /** The shrunk Newton step of a leaf: -eta G / (H + lambda). */
    static double leafValue(double g, double h, BoostingSettings b) {
        return -b.eta() * g / (h + b.lambda());
    }
}
