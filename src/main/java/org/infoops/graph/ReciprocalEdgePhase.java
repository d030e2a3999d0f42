package org.infoops.graph;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Phase B of spec §3.2: reciprocal edges with triadic closure. Each iteration the node h with the largest
 * remaining reciprocal degree r (ties: lowest id) is linked both ways to min(|candidates|, r(h)) random
 * candidates, then every pair of those new neighbours that both still have r != 0 and are not yet linked is
 * linked both ways, pairs taken in sample order (1st,2nd), (1st,3rd), ..., (2nd,3rd), ...
 *
 * <p>The phase ends when h has no candidate (B3): the notebook keeps looping, but with the state unchanged every
 * later iteration is the same no-op. This "stall" is kept deliberately (spec §3.5): moving on to the next node
 * instead would produce very different graphs.
 */
final class ReciprocalEdgePhase {
    private ReciprocalEdgePhase() {}

    /** Runs the phase on {@code graph}, consuming {@code remaining} (r per node). */
    static PhaseOutcome run(FollowerGraph graph, int[] remaining, CandidateSampler sampler, UniformRandomProvider rng) {
        int n = graph.size();
        TopNodeTracker top = new TopNodeTracker(remaining);
        ActiveNodes active = new ActiveNodes(remaining);
        int[] chosen = new int[n];
        long placed = 0;
        int iterations = 0;
        boolean stalled = false;
        for (int iteration = 0; iteration < n; iteration++) { // the notebook's n iterations at most
            int h = top.top();
            if (remaining[h] == 0) break; // all placed: every later iteration is a no-op
            int k = sampler.sample(h, remaining[h], active, graph, rng, chosen);
            if (k == 0) {
                stalled = true;
                break;
            }
            iterations++;
            for (int j = 0; j < k; j++) {
                link(graph, h, chosen[j], top, active);
                placed += 2;
            }
            placed += closeTriads(graph, chosen, k, top, active);
        }
        long left = 0;
        for (int r : remaining) left += r;
        return new PhaseOutcome(iterations, stalled, placed, left);
    }

    /** Step B5; returns the stubs placed. */
    static long closeTriads(FollowerGraph graph, int[] chosen, int k, TopNodeTracker top, ActiveNodes active) {
        long placed = 0;
        for (int i = 0; i < k - 1; i++) {
            int a = chosen[i];
            // r(a) only falls, so once it is 0 no pair (a, later b) can qualify: skip them (same result).
            for (int j = i + 1; j < k && top.value(a) != 0; j++) {
                int b = chosen[j];
                if (top.value(b) != 0 && !graph.follows(a, b)) {
                    link(graph, a, b, top, active);
                    placed += 2;
                }
            }
        }
        return placed;
    }

    private static void link(FollowerGraph graph, int a, int b, TopNodeTracker top, ActiveNodes active) {
        graph.follow(a, b);
        graph.follow(b, a);
        consume(a, top, active);
        consume(b, top, active);
    }

    private static void consume(int v, TopNodeTracker top, ActiveNodes active) {
        top.decrement(v);
        if (top.value(v) == 0) active.remove(v);
    }
}
