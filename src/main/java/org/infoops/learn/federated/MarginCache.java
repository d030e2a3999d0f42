package org.infoops.learn.federated;

import org.infoops.learn.Example;

import java.util.List;

/**
 * A client's binned rows and margins under the ensemble it last saw. Boosting only ever appends trees, so each
 * histogram request needs the new trees' values added, not the whole ensemble re-evaluated (O(rows) instead of
 * O(rows x trees) per request). Cleared when the client's rows change.
 */
final class MarginCache {
    private BinnedRows binned;
    private List<RegressionTree> seen = List.of();
    private double base = Double.NaN;
    private double[] margins;

    void clear() {
        binned = null;
        seen = List.of();
        margins = null;
    }

    BinnedRows binned(List<Example> rows, BinEdges edges) {
        if (binned == null || !binned.edges.equals(edges)) {
            binned = BinnedRows.of(rows, edges);
            margins = null;
        }
        return binned;
    }

    double[] margins(TreeEnsemble ensemble, List<Example> rows) {
        BinnedRows b = binned(rows, ensemble.edges());
        List<RegressionTree> trees = ensemble.trees();
        if (margins == null || base != ensemble.baseMargin() || !extendsSeen(trees)) {
            margins = new double[b.rows];
            java.util.Arrays.fill(margins, ensemble.baseMargin());
            base = ensemble.baseMargin();
            seen = List.of();
        }
        for (int t = seen.size(); t < trees.size(); t++) {
            BinnedRows.CutTree tree = new BinnedRows.CutTree(trees.get(t), b.edges);
            for (int r = 0; r < b.rows; r++) margins[r] += tree.value[b.leafOf(tree, r)];
        }
        seen = trees;
        return margins;
    }

    /** True if {@code trees} starts with exactly the trees already added (same objects, in order). */
    private boolean extendsSeen(List<RegressionTree> trees) {
        if (trees.size() < seen.size()) return false;
        for (int t = 0; t < seen.size(); t++) {
            if (trees.get(t) != seen.get(t)) return false;
        }
        return true;
    }
}
