package org.infoops.learn.federated;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * A tree being grown by the server, level by level. A split node's children start open with the leaf value
 * their parent's split statistics give them, so nodes still open at the maximum depth are finished leaves.
 */
final class TreeGrowth {
    private final IntArrayList feature = new IntArrayList();
    private final DoubleArrayList threshold = new DoubleArrayList();
    private final IntArrayList left = new IntArrayList();
    private final IntArrayList right = new IntArrayList();
    private final DoubleArrayList value = new DoubleArrayList();
    private IntArrayList open = new IntArrayList();

    TreeGrowth() {
        add(0);
        open.add(0);
    }

    private int add(double leafValue) {
        feature.add(-1);
        threshold.add(0);
        left.add(-1);
        right.add(-1);
        value.add(leafValue);
        return feature.size() - 1;
    }

    boolean hasOpen() {
        return !open.isEmpty();
    }

    /** The open nodes, and starts the next level (splits add their children to it). */
    int[] open() {
        int[] now = open.toIntArray();
        open = new IntArrayList();
        return now;
    }

    void leaf(int node, double leafValue) {
        value.set(node, leafValue);
    }

    /** Splits {@code node}; returns its new children {left, right}, both open for the next level. */
    int[] split(int node, int f, double t, double leftValue, double rightValue) {
        int l = add(leftValue);
        int r = add(rightValue);
        feature.set(node, f);
        threshold.set(node, t);
        left.set(node, l);
        right.set(node, r);
        value.set(node, 0);
        open.add(l);
        open.add(r);
        return new int[] {l, r};
    }

    RegressionTree snapshot() {
        return new RegressionTree(feature.toIntArray(), threshold.toDoubleArray(), left.toIntArray(), right.toIntArray(), value.toDoubleArray());
    }

    RegressionTree finish() {
        return snapshot();
    }
}
