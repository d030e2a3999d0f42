package org.infoops.graph;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Steps B2/B4 and C2/C4 of spec §3.2: the candidates of the top node h are all other nodes that still have a
 * remaining degree and no edge to or from h; choose k = min(|candidates|, wanted) of them uniformly without
 * replacement, in random order.
 *
 * <p>The notebook builds the candidate list by scanning every node, which is O(n) per iteration and O(n^2)
 * per phase. Here the candidate set C = active \ ({h} + neighbours(h)) is never listed when it need not be:
 * its size is |active| minus the active members of {h} + neighbours(h) (found in O(deg h)), and the sample is
 * drawn by rejection: pick a uniform member of the active set, reject it if it is h, a neighbour of h or already
 * chosen. Each accepted draw is uniform over the candidates not chosen yet, so the sequence of accepted draws is
 * a uniformly random ordered k-subset of C, exactly the distribution of sampling k without replacement from
 * the notebook's list (whose order does not matter for that distribution). When rejection would be slow
 * (k > |C|/2, so the expected number of draws could exceed |active|), C is listed by one scan and a partial
 * Fisher-Yates shuffle draws the same distribution.
 */
final class CandidateSampler {
    private final int[] mark;    // mark[v] == stamp: v is h, a neighbour of h, or already chosen this round
    private final int[] scratch; // explicit candidate list for the scan path
    private int stamp;

    CandidateSampler(int n) {
        mark = new int[n];
        scratch = new int[n];
    }

    /**
     * Fills {@code chosen} with min(|C|, wanted) candidates of h in random order and returns how many;
     * 0 means h has no candidate (the stall of B3/C3).
     */
    int sample(int h, int wanted, ActiveNodes active, FollowerGraph graph, UniformRandomProvider rng, int[] chosen) {
        int s = ++stamp;
        int excluded = 0;
        mark[h] = s;
        if (active.contains(h)) excluded++;
        excluded += markNeighbours(graph.followeesArray(h), graph.followeeCount(h), active, s);
        excluded += markNeighbours(graph.followersArray(h), graph.followerCount(h), active, s);
        int candidates = active.size() - excluded;
        if (candidates == 0) return 0;
        int k = Math.min(candidates, wanted);
        if (2L * k <= candidates) {
            int count = 0;
            while (count < k) {
                int v = active.get(rng.nextInt(active.size()));
                if (mark[v] == s) continue;
                mark[v] = s;
                chosen[count++] = v;
            }
            return k;
        }
        int size = 0;
        for (int i = 0; i < active.size(); i++) {
            int v = active.get(i);
            if (mark[v] != s) scratch[size++] = v;
        }
        for (int i = 0; i < k; i++) { // partial Fisher-Yates: scratch[0..k) becomes a uniform ordered sample
            int j = i + rng.nextInt(size - i);
            int t = scratch[i];
            scratch[i] = scratch[j];
            scratch[j] = t;
            chosen[i] = scratch[i];
        }
        return k;
    }

    /** Marks the not-yet-marked nodes of an adjacency list; returns how many of them are active. */
    private int markNeighbours(int[] list, int count, ActiveNodes active, int s) {
        int activeMarked = 0;
        for (int i = 0; i < count; i++) {
            int w = list[i];
            if (mark[w] != s) {
                mark[w] = s;
                if (active.contains(w)) activeMarked++;
            }
        }
        return activeMarked;
    }
}
