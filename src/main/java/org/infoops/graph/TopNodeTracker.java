package org.infoops.graph;

/**
 * The "first node after sorting by remaining degree descending" of spec §3.2 (B1/C1), without re-sorting:
 * a max segment tree over node ids whose root holds the node with the largest value, ties going to the lowest
 * id (the deterministic stand-in for pandas' unstable sort order). Reading the top is O(1) and a
 * decrement is O(log n), instead of an O(n log n) sort per iteration.
 *
 * <p>Hand-written: no library structure here gives "argmax with lowest-id ties" plus decrease-key on ints.
 */
final class TopNodeTracker {
    private final int[] value;  // the live remaining degrees (shared with the phase that decrements them)
    private final int[] tree;   // tree[i] = best node in the subtree of i; leaves at [leaves, 2*leaves); -1 = none
    private final int leaves;

    TopNodeTracker(int[] value) {
        this.value = value;
        int size = 1;
        while (size < Math.max(1, value.length)) size <<= 1;
        leaves = size;
        tree = new int[2 * size];
        for (int i = 0; i < size; i++) tree[size + i] = i < value.length ? i : -1;
        for (int i = size - 1; i >= 1; i--) tree[i] = better(tree[2 * i], tree[2 * i + 1]);
    }

    /** The node with the largest value, lowest id among equals; -1 only for an empty graph. */
    int top() {
        return tree[1];
    }

    int value(int v) {
        return value[v];
    }

    /** value[v] -= 1, keeping the tree consistent. */
    void decrement(int v) {
        value[v]--;
        for (int i = (leaves + v) >>> 1; i >= 1; i >>>= 1) {
            int b = better(tree[2 * i], tree[2 * i + 1]);
            // Same best node, and not v (whose value just changed): this subtree's maximum is unchanged,
            // so no ancestor changes either.
            if (tree[i] == b && b != v) break;
            tree[i] = b;
        }
    }

    private int better(int a, int b) {
        if (a < 0) return b;
        if (b < 0) return a;
        int va = value[a];
        int vb = value[b];
        if (va != vb) return va > vb ? a : b;
        return Math.min(a, b);
    }
}
