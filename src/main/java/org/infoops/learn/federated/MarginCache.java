package org.infoops.learn.federated;

import org.infoops.learn.Example;

import java.util.List;

/**
 * A client's margins under the ensemble it last saw. Boosting only ever appends trees, so each histogram
 * request needs the new trees' values added, not the whole ensemble re-evaluated (O(rows) instead of
 * O(rows x trees) per request). Cleared when the client's rows change.
 */
final class MarginCache {
    private List<RegressionTree> seen = List.of();
    private double base = Double.NaN;
    private double[] margins;

    void clear() {
        seen = List.of();
        margins = null;
    }

    double[] of(TreeEnsemble ensemble, List<Example> rows) {
        List<RegressionTree> trees = ensemble.trees();
        if (margins == null || margins.length != rows.size() || base != ensemble.baseMargin() || !extends_(trees)) {
            margins = new double[rows.size()];
            java.util.Arrays.fill(margins, ensemble.baseMargin());
            base = ensemble.baseMargin();
            seen = List.of();
        }
        for (int t = seen.size(); t < trees.size(); t++) {
            RegressionTree tree = trees.get(t);
            for (int r = 0; r < rows.size(); r++) margins[r] += tree.value(rows.get(r).features());
        }
        seen = trees;
        return margins;
    }

    /** True if {@code trees} starts with exactly the trees already added (same objects, in order). */
    private boolean extends_(List<RegressionTree> trees) {
        if (trees.size() < seen.size()) return false;
        for (int t = 0; t < seen.size(); t++) {
            if (trees.get(t) != seen.get(t)) return false;
        }
        return true;
    }
}
