package org.infoops.model.cascade;

/**
 * What the trials of one seed post add up to, accumulated per worker and merged by integer addition (so the sum
 * does not depend on which thread ran which trial): per-trial infections and infections by layer, infections per
 * community, infector-community -> infected-community pathway counts (Fig 7B), how often each user was infected,
 * and how many infections each user caused directly (the spreader ranking of Fig 8A).
 */
public final class CascadeTally {
    final int trials;
    final int[] infections;          // per trial, the source excluded
    final int[][] byLayer;           // per trial: infections at layer 0 (the source), 1, 2, ...
    final long[] communityInfections;
    final long[][] pathways;         // [infector community][infected community]
    final long[] timesInfected;      // per user
    final long[] infectionsCaused;   // per user

    CascadeTally(int trials, int nodes, int communities) {
        this.trials = trials;
        this.infections = new int[trials];
        this.byLayer = new int[trials][];
        this.communityInfections = new long[communities];
        this.pathways = new long[communities][communities];
        this.timesInfected = new long[nodes];
        this.infectionsCaused = new long[nodes];
    }

    /** Records trial {@code t} from the engine's state. */
    void record(int t, CascadeEngine.TrialState s, SpreadNetwork net) {
        int maxLayer = 0;
        for (int i = 0; i < s.infected; i++) maxLayer = Math.max(maxLayer, s.layer[s.order[i]]);
        int[] layers = new int[maxLayer + 1];
        for (int i = 0; i < s.infected; i++) {
            int v = s.order[i];
            layers[s.layer[v]]++;
            if (i == 0) continue; // the source shared the post; it was not infected by anyone
            int u = s.infector[v];
            timesInfected[v]++;
            infectionsCaused[u]++;
            communityInfections[net.community(v)]++;
            pathways[net.community(u)][net.community(v)]++;
        }
        byLayer[t] = layers;
        infections[t] = s.infected - 1;
    }

    /** Adds another worker's sums (per-trial rows are disjoint: each trial is recorded by exactly one worker). */
    void merge(CascadeTally o) {
        for (int t = 0; t < trials; t++) {
            if (o.byLayer[t] != null) {
                byLayer[t] = o.byLayer[t];
                infections[t] = o.infections[t];
            }
        }
        for (int c = 0; c < communityInfections.length; c++) {
            communityInfections[c] += o.communityInfections[c];
            for (int d = 0; d < communityInfections.length; d++) pathways[c][d] += o.pathways[c][d];
        }
        for (int u = 0; u < timesInfected.length; u++) {
            timesInfected[u] += o.timesInfected[u];
            infectionsCaused[u] += o.infectionsCaused[u];
        }
    }
}
