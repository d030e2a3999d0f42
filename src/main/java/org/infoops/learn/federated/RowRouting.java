package org.infoops.learn.federated;

/**
 * Which node of the tree being grown each of a client's rows has reached (client side). The server grows a tree
 * level by level and asks at every level; between two requests it only splits open leaves, so a row moves down
 * from where it was instead of being routed from the root again. A request whose tree did not grow from the last
 * one (a new tree, other rows) routes every row from the root.
 */
final class RowRouting {
    private int[] nodeOf = new int[0];
    private BinnedRows source;
    private int rows = -1;
    private BinnedRows.CutTree routed;

    /**
     * Each row's node in the last tree routed, if {@code tree} grew from it over the same rows (a row's leaf in
     * {@code tree} is then below that node), else null.
     */
    int[] startingNodes(BinnedRows b, BinnedRows.CutTree tree) {
        return routed != null && source == b && rows == b.rows && tree.extendsTree(routed) ? nodeOf : null;
    }

    /**
     * The nodes to route from for {@code tree}: each row's node in the last tree routed if {@code tree} grew from
     * it, else the root (the array may be longer than the rows). The caller must move every row on to its node in
     * {@code tree} ({@link LocalHistograms#compute} does it in the same pass that reads the rows' bins, so the rows
     * are read once per request, not once to route and once to sum), after which this is the routing of {@code tree}.
     */
    int[] routeFrom(BinnedRows b, BinnedRows.CutTree tree) {
        if (startingNodes(b, tree) == null) {
            if (nodeOf.length < b.rows) nodeOf = new int[b.positive.length];
            java.util.Arrays.fill(nodeOf, 0, b.rows, 0);
        }
        source = b;
        rows = b.rows;
        routed = tree;
        return nodeOf;
    }
}
