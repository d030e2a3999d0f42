package org.infoops.learn.federated;

import java.util.Arrays;
import java.util.List;

/**
 * The server's merge of the clients' quantile sketches into global bin edges: each sketch point stands for
 * count/points of its client's rows; the pooled weighted points give the global quantiles at levels k/bins,
 * and repeated values collapse. A feature with at most {@code bins} distinct sketch values gets one bin
 * per value (a binary feature one edge, an hour feature at most 23), so a rare category is still splittable.
 * Hand-written: Tribuo and Commons Math have no mergeable weighted quantile sketch.
 */
final class QuantileMerge {
    private QuantileMerge() {
    }

    static BinEdges edges(List<SketchUpdate> sketches, int features, int bins) {
        // each sketch's quantiles read once (the accessor hands out a defensive copy of all features)
        double[][][] quantiles = new double[sketches.size()][][];
        for (int i = 0; i < quantiles.length; i++) quantiles[i] = sketches.get(i).quantiles();
        double[][] edges = new double[features][];
        for (int j = 0; j < features; j++) {
            edges[j] = featureEdges(sketches, quantiles, j, bins);
        }
        return new BinEdges(edges);
    }

    private static double[] featureEdges(List<SketchUpdate> sketches, double[][][] quantiles, int j, int bins) {
        int total = 0;
        for (int i = 0; i < quantiles.length; i++) total += sketches.get(i).sampleCount() > 0 ? quantiles[i][j].length : 0;
        double[] value = new double[total];
        double[] weight = new double[total];
        int at = 0;
        double mass = 0;
        for (int i = 0; i < quantiles.length; i++) {
            SketchUpdate s = sketches.get(i);
            if (s.sampleCount() == 0) continue;
            double[] q = quantiles[i][j];
            for (double v : q) {
                value[at] = v;
                weight[at++] = (double) s.sampleCount() / q.length;
                mass += (double) s.sampleCount() / q.length;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(value[a], value[b]));
        double[] distinct = Arrays.stream(value).sorted().distinct().toArray();
        if (distinct.length == 0) return new double[0];
        if (distinct.length <= bins) {
            // Few distinct values (binary, categorical, hour of day): one bin per value, however rare.
            return Arrays.copyOfRange(distinct, 1, distinct.length);
        }
        // Edge candidates: the weighted quantiles at k/bins; an edge at v sends values >= v right, so the
        // smallest pooled value is never an edge (it would leave the left bin empty).
        double[] cuts = new double[bins - 1];
        int n = 0;
        double cumulative = 0;
        int k = 1;
        for (int i = 0; i < total && k < bins; i++) {
            cumulative += weight[order[i]];
            while (k < bins && cumulative >= mass * k / bins) {
                // the quantile at level k/bins is the next pooled value (the first whose mass starts past it)
                if (i + 1 < total) {
                    double edge = value[order[i + 1]];
                    if (edge > value[order[0]] && (n == 0 || edge > cuts[n - 1])) cuts[n++] = edge;
                }
                k++;
            }
        }
        return Arrays.copyOf(cuts, n);
    }
}
