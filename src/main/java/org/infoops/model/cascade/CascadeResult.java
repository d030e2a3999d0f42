package org.infoops.model.cascade;

import java.util.Arrays;
import java.util.stream.IntStream;

/** The trials of one seed post, summarised: the numbers behind Figures 5A, 7 and 8. */
public final class CascadeResult {
    private final SpreadNetwork net;
    private final CascadeTally tally;

    CascadeResult(SpreadNetwork net, CascadeTally tally) {
        this.net = net;
        this.tally = tally;
    }

    public int trials() {
        return tally.trials;
    }

    /** Infections per trial, the source excluded. */
    public int[] infections() {
        return tally.infections.clone();
    }

    public double meanInfections() {
        double s = 0;
        for (int x : tally.infections) s += x;
        return s / tally.trials;
    }

    /** Infections at {@code layer} in each trial (0 where the trial did not reach it); layer 0 is the source. */
    public int[] layer(int layer) {
        int[] out = new int[tally.trials];
        for (int t = 0; t < tally.trials; t++) {
            int[] l = tally.byLayer[t];
            out[t] = layer < l.length ? l[layer] : 0;
        }
        return out;
    }

    /** The deepest layer any trial reached. */
    public int maxLayer() {
        int m = 0;
        for (int[] l : tally.byLayer) m = Math.max(m, l.length - 1);
        return m;
    }

    /** Per layer: median and the 68% band (16th and 84th percentiles) over trials, plus the mean (Fig 5A). */
    public record LayerBand(int layer, double median, double low, double high, double mean) {}

    public LayerBand[] layerBands() {
        return IntStream.rangeClosed(0, maxLayer()).mapToObj(l -> {
            int[] v = layer(l);
            Arrays.sort(v);
            return new LayerBand(l, quantile(v, 0.5), quantile(v, 0.16), quantile(v, 0.84),
                    Arrays.stream(v).average().orElse(0));
        }).toArray(LayerBand[]::new);
    }

    /** Linear interpolation between order statistics (R's type 7, numpy's default). */
    static double quantile(int[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public SpreadNetwork network() {
        return net;
    }

    /** Mean over trials of (infections in community c) / (size of c): the community infection rate of Fig 7A. */
    public double[] communityRates() {
        int[] size = net.communitySizes();
        double[] r = new double[size.length];
        for (int c = 0; c < r.length; c++) r[c] = size[c] == 0 ? 0 : tally.communityInfections[c] / (double) tally.trials / size[c];
        return r;
    }

    /** Mean infections per trial in each community. */
    public double[] communityInfections() {
        return Arrays.stream(tally.communityInfections).mapToDouble(x -> x / (double) tally.trials).toArray();
    }

    /** Fraction of all infections along each pathway [infector community][infected community] (Fig 7B). */
    public double[][] pathwayFractions() {
        long total = 0;
        for (long[] row : tally.pathways) for (long x : row) total += x;
        double[][] f = new double[tally.pathways.length][];
        for (int c = 0; c < f.length; c++) {
            long[] row = tally.pathways[c];
            double t = total;
            f[c] = Arrays.stream(row).mapToDouble(x -> t == 0 ? 0 : x / t).toArray();
        }
        return f;
    }

    /** Fraction of trials in which each user was infected. */
    public double userInfectionRate(int u) {
        return tally.timesInfected[u] / (double) tally.trials;
    }

    /** Mean number of users each user infected directly, per trial. */
    public double infectionsCaused(int u) {
        return tally.infectionsCaused[u] / (double) tally.trials;
    }

    /** Infections caused by each community's members, summed over trials (the Fig 8B community choice). */
    public long[] infectionsCausedByCommunity() {
        return infectionsCausedByCommunity(-1);
    }

    /** As {@link #infectionsCausedByCommunity()}, leaving out one user's (the seed post's author's) infections. */
    public long[] infectionsCausedByCommunity(int excludedUser) {
        long[] c = new long[net.communityCount()];
        for (int u = 0; u < net.nodeCount(); u++) if (u != excludedUser) c[net.community(u)] += tally.infectionsCaused[u];
        return c;
    }

    /** The k users who caused the most infections, most first, ties to the smaller index (Fig 8A ranking). */
    public int[] topSpreaders(int k) {
        long[] caused = tally.infectionsCaused;
        return IntStream.range(0, net.nodeCount()).boxed()
                .sorted((a, b) -> caused[a] != caused[b] ? Long.compare(caused[b], caused[a]) : Integer.compare(a, b))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }
}
