package org.infoops.graph;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Phase C of spec §3.2: non-reciprocal edges with the notebook's closure rule. Each iteration the node h with the
 * largest remaining out-degree o (ties: lowest id) follows min(o(h), |candidates|) random nodes that still have
 * in-degree i != 0 and no edge to or from h. Then for each pair (a, b) of those targets in sample order: if
 * o(a) != 0, i(b) != 0 and a->b is absent, add a->b; else if o(b) != 0, i(a) != 0 and b->a is absent, add b->a.
 *
 * <p>Quirk kept for faithfulness (spec §3.2 C5): the first test ignores the reverse edge, so when b->a already
 * exists a->b is still added and an unplanned reciprocal pair appears. Same stall rule as Phase B (C3), and
 * stubs left when the phase ends are dropped (C6).
 */
final class DirectedEdgePhase {
    private DirectedEdgePhase() {}

    /** Runs the phase on {@code graph}, consuming {@code out} (o per node) and {@code in} (i per node). */
    static PhaseOutcome run(FollowerGraph graph, int[] out, int[] in, CandidateSampler sampler,
                            UniformRandomProvider rng) {
        int n = graph.size();
        TopNodeTracker top = new TopNodeTracker(out);
        ActiveNodes receivers = new ActiveNodes(in); // nodes with i != 0: the only possible candidates
        int[] chosen = new int[n];
        long placed = 0;
        int iterations = 0;
        boolean stalled = false;
        for (int iteration = 0; iteration < n; iteration++) {
            int h = top.top();
            if (out[h] == 0) break; // k would be 0 now and forever: no-op iterations
            int k = sampler.sample(h, out[h], receivers, graph, rng, chosen);
            if (k == 0) {
                stalled = true;
                break;
            }
            iterations++;
            for (int j = 0; j < k; j++) {
                follow(graph, h, chosen[j], top, in, receivers);
                placed++;
            }
            placed += closeTriads(graph, chosen, k, top, in, receivers);
        }
        long left = 0;
        for (int o : out) left += o;
        return new PhaseOutcome(iterations, stalled, placed, left);
    }

    /** Step C5; returns the edges placed. */
    static long closeTriads(FollowerGraph graph, int[] chosen, int k, TopNodeTracker top, int[] in,
                                    ActiveNodes receivers) {
        long placed = 0;
        for (int i = 0; i < k - 1; i++) {
            int a = chosen[i];
            // Both tests need o(a) != 0 or i(a) != 0, and neither ever rises: once both are 0, skip a's pairs.
            for (int j = i + 1; j < k && (top.value(a) != 0 || in[a] != 0); j++) {
                int b = chosen[j];
                if (top.value(a) != 0 && in[b] != 0 && !graph.follows(a, b)) {
                    follow(graph, a, b, top, in, receivers);
                    placed++;
                } else if (top.value(b) != 0 && in[a] != 0 && !graph.follows(b, a)) {
                    follow(graph, b, a, top, in, receivers);
                    placed++;
                }
            }
        }
        return placed;
    }

    private static void follow(FollowerGraph graph, int u, int v, TopNodeTracker top, int[] in, ActiveNodes receivers) {
        graph.follow(u, v);
        top.decrement(u);
        if (--in[v] == 0) receivers.remove(v);
    }
}
