package org.infoops.model.cascade;

import it.unimi.dsi.fastutil.longs.LongHeapPriorityQueue;
import java.util.Arrays;

/**
 * The paper's modified snowball sampling (section "Network selection", S1 Appendix): start with N_A = U_T (the
 * users who shared the source post), then repeatedly add the user outside N_A with the most retweet interactions
 * with N_A, counting incoming sum_j |R_ji| and outgoing sum_j |R_ij| posts equally, until N_A has {@code size} users.
 *
 * <p>The published text says "all users in U_T, but not present in N_A", which cannot be meant literally
 * (N_A starts as U_T); candidates are users of U_A, the whole retweet table. Ties go to the smaller user index
 * (users are indexed by ascending id), so the sample is deterministic. Sampling stops early when no candidate
 * has any interaction with N_A left.
 */
public final class SnowballSampler {
    private SnowballSampler() {}

    /** Node indices of {@code graph} in the order they joined N_A (seeds first). */
    public static int[] sample(RetweetGraph graph, int[] seeds, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("network size must be >= 1, was " + size);
        }
        int n = graph.userCount();
        boolean[] inSample = new boolean[n];
        long[] score = new long[n];
        int[] sample = new int[Math.min(n, Math.max(size, seeds.length))];
        int count = 0;
        // A lazy max-heap: scores only grow, so stale entries (older, lower scores) are skipped when popped.
        LongHeapPriorityQueue heap = new LongHeapPriorityQueue();
        for (int s : seeds) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("seed user index " + s + " is outside 0.." + (n - 1));
            }
            if (!inSample[s]) {
                inSample[s] = true;
                sample[count++] = s;
            }
        }
        for (int i = 0; i < count; i++) {
            addNeighbours(graph, sample[i], inSample, score, heap);
        }
        while (count < size && !heap.isEmpty()) {
            long key = heap.dequeueLong();
            int u = (int) key;
            long s = Integer.MAX_VALUE - (key >>> 32);
            if (inSample[u] || s != Math.min(score[u], Integer.MAX_VALUE)) {
                continue;
            }
            inSample[u] = true;
            sample[count++] = u;
            addNeighbours(graph, u, inSample, score, heap);
        }
        return Arrays.copyOf(sample, count);
    }

    private static void addNeighbours(RetweetGraph graph, int u, boolean[] inSample, long[] score, LongHeapPriorityQueue heap) {
        graph.forEachNeighbour(u, (v, c) -> {
            if (!inSample[v]) {
                score[v] += c;
                heap.enqueue(((Integer.MAX_VALUE - Math.min(score[v], Integer.MAX_VALUE)) << 32) | v);
            }
        });
    }
}
