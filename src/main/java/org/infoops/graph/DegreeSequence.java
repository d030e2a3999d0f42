package org.infoops.graph;

/**
 * Planned degrees per node after Phase A (spec §3.2): reciprocal degree (number of mutual follows), and
 * non-reciprocal in- and out-degree. After Phase A, sum(reciprocal) is even and sum(in) = sum(out).
 *
 * @param reciprocal planned reciprocal degree per node
 * @param in         planned non-reciprocal in-degree (followers not followed back)
 * @param out        planned non-reciprocal out-degree (followees not following back)
 * @param attempts   how many whole samples Phase A drew before |sum(in) - sum(out)| <= 0.1 n (1 = first draw)
 */
record DegreeSequence(int[] reciprocal, int[] in, int[] out, int attempts) {
    DegreeSequence {
        if (reciprocal.length != in.length || in.length != out.length) {
            throw new IllegalArgumentException("degree arrays differ in length");
        }
    }

    int size() {
        return reciprocal.length;
    }
}
