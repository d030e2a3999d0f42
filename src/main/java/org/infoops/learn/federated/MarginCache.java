package org.infoops.learn.federated;

import java.util.Arrays;
import java.util.List;

/**
 * A client's binned rows, their margins under the ensemble it last saw, and the logistic loss's gradients and
 * hessians at those margins. Boosting only ever appends trees, and a client's rows only ever grow, so each
 * histogram request needs the new trees' values added and the new rows binned, not the whole ensemble
 * re-evaluated on re-binned rows (O(new rows + rows x new trees) instead of O(rows x trees) per request). The
 * gradients depend on the margins only, so they are computed once per tree, not once per tree level.
 * Every value is computed with the same operations in the same order as a fresh evaluation would use
 * (a row's margin is the base plus each tree's value, tree by tree), so caching changes no bit of the result.
 */
final class MarginCache {
    private BinnedRows binned;
    private List<RegressionTree> seen = List.of();
    private double base = Double.NaN;
    private double[] margins = new double[0];
    private int marginRows;
    private double[] gradients = new double[0];
    private double[] hessians = new double[0];
    private long marginVersion;      // counts changes of the margins
    private long gradientVersion = -1; // the margins the gradients were computed from

    /** The rows binned under {@code edges}: appended to when rows were added, rebuilt when the edges change. */
    BinnedRows binned(ClientRows rows, BinEdges edges) {
        if (binned == null || !binned.edges.equals(edges)) {
            binned = BinnedRows.of(rows, edges);
            base = Double.NaN; // margins of other edges' trees are void
            seen = List.of();
            marginRows = 0;
        } else {
            binned.append(rows);
        }
        return binned;
    }

    /**
     * Each row's margin under {@code ensemble} (the array may be longer than the rows). A new tree's leaves are
     * found from where {@code routing} left the rows while the tree was grown, when it can tell.
     */
    double[] margins(TreeEnsemble ensemble, ClientRows rows, RowRouting routing) {
        BinnedRows b = binned(rows, ensemble.edges());
        List<RegressionTree> trees = ensemble.trees();
        if (base != ensemble.baseMargin() || !extendsSeen(trees)) {
            base = ensemble.baseMargin();
            seen = List.of();
            marginRows = 0;
        }
        if (margins.length < b.rows) margins = Arrays.copyOf(margins, b.positive.length);
        if (marginRows < b.rows || seen.size() < trees.size()) marginVersion++;
        if (marginRows < b.rows) {
            // rows added since: the base plus every tree seen so far, tree by tree
            Arrays.fill(margins, marginRows, b.rows, base);
            for (RegressionTree t : seen) addTree(new BinnedRows.CutTree(t, b.edges), b, marginRows, null);
        }
        for (int t = seen.size(); t < trees.size(); t++) {
            BinnedRows.CutTree tree = new BinnedRows.CutTree(trees.get(t), b.edges);
            addTree(tree, b, 0, routing.startingNodes(b, tree));
        }
        marginRows = b.rows;
        seen = trees;
        return margins;
    }

    private void addTree(BinnedRows.CutTree tree, BinnedRows b, int from, int[] startingNodes) {
        for (int r = from; r < b.rows; r++) {
            margins[r] += tree.value[b.leafFrom(tree, startingNodes == null ? 0 : startingNodes[r], r)];
        }
    }

    /**
     * Gradients (p - y) and hessians p(1 - p) (at least 1e-16) of the logistic loss per row under {@code ensemble}:
     * {gradients, hessians}.
     */
    double[][] gradients(TreeEnsemble ensemble, ClientRows rows, RowRouting routing) {
        double[] m = margins(ensemble, rows, routing);
        if (gradientVersion != marginVersion) {
            int n = binned.rows;
            if (gradients.length < n) {
                gradients = new double[m.length];
                hessians = new double[m.length];
            }
            boolean[] positive = binned.positive;
            for (int r = 0; r < n; r++) {
                double p = 1 / (1 + Math.exp(-m[r]));
                gradients[r] = p - (positive[r] ? 1 : 0);
                hessians[r] = Math.max(p * (1 - p), 1e-16);
            }
            gradientVersion = marginVersion;
        }
        return new double[][] {gradients, hessians};
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
