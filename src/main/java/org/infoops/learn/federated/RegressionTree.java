package org.infoops.learn.federated;

import java.util.Arrays;

/**
 * One boosted tree as flat arrays (node 0 is the root): an inner node sends a row left when
 * {@code row[feature] < threshold}; a leaf ({@code feature == -1}) adds its value to the margin.
 * While the server grows a tree, its open nodes are leaves (clients only route rows to them).
 */
public record RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    public RegressionTree {
        feature = feature.clone();
        threshold = threshold.clone();
        left = left.clone();
        right = right.clone();
        value = value.clone();
    }

    public int nodes() {
        return feature.length;
    }

    public int leafOf(double[] row) {
        int n = 0;
        while (feature[n] >= 0) {
            n = row[feature[n]] < threshold[n] ? left[n] : right[n];
        }
        return n;
    }

    public double value(double[] row) {
        return value[leafOf(row)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionTree t && Arrays.equals(t.feature, feature) && Arrays.equals(t.threshold, threshold)
                && Arrays.equals(t.left, left) && Arrays.equals(t.right, right) && Arrays.equals(t.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(feature) * 31 + Arrays.hashCode(value);
    }
}
