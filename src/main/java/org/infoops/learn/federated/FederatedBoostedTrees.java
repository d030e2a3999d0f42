package org.infoops.learn.federated;

import org.infoops.learn.BoostingSettings;
import org.infoops.learn.FeatureMoments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Federated gradient-boosted trees for horizontally partitioned data (every influencer has the same columns,
 * different posts), in the histogram style of SecureBoost and of XGBoost's own distributed "hist" method:
 * <ol>
 * <li>Start: clients send feature moments (counts: the base margin is the log-odds of the pooled positive
 *     rate) and per-feature quantile sketches; the server merges the sketches into global bin edges.</li>
 * <li>Each tree is grown level by level: clients send, for each open node, the sums of the logistic loss's
 *     gradients and hessians per feature bin under the current ensemble; the server adds them up, picks each
 *     node's best split by XGBoost's gain, and sets leaves to the Newton step -eta G/(H+lambda).</li>
 * </ol>
 * The server therefore sees per-bin sums, never rows, and, apart from the binning, grows the same trees as a
 * central histogram booster would on the pooled rows. Chosen because the paper presents boosted trees
 * (section 5.1) and, unlike averaging separately grown trees, this gives one coherent global ensemble.
 * A round grows {@code treesPerRound} trees (one message per client per tree level; below the root only the
 * smaller child of each split is summed by the clients, the server subtracts to get its sibling).
 */
public final class FederatedBoostedTrees implements FederatedAlgorithm {
    /** Sketch points per feature: 4x the bins, enough for the merged quantiles to settle. */
    static final int SKETCH_POINTS_PER_BIN = 4;
    private final BoostingSettings settings;
    private final int treesPerRound;
    private final boolean parallelClients;

    /** Clients compute their updates side by side on the common fork-join pool (the model is the same either way). */
    public FederatedBoostedTrees(BoostingSettings settings, int treesPerRound) {
        this(settings, treesPerRound, true);
    }

    /** {@code parallelClients} false: one client after the other on the calling thread. */
    public FederatedBoostedTrees(BoostingSettings settings, int treesPerRound, boolean parallelClients) {
        if (treesPerRound < 1) throw new IllegalArgumentException("treesPerRound = " + treesPerRound + "; must be >= 1");
        this.settings = settings;
        this.treesPerRound = treesPerRound;
        this.parallelClients = parallelClients;
    }

    /** Rounds needed to grow the settings' number of trees. */
    public int roundsForAllTrees() {
        return (settings.trees() + treesPerRound - 1) / treesPerRound;
    }

    @Override
    public FederatedModel round(FederatedModel current, List<FederatedClient> clients, long seed) {
        TreeEnsemble model = current == null ? start(clients) : (TreeEnsemble) current;
        for (int t = 0; t < treesPerRound && model.trees().size() < settings.trees(); t++) {
            model = model.plus(growTree(model, clients));
        }
        return model.nextRound();
    }

    TreeEnsemble start(List<FederatedClient> clients) {
        if (clients.isEmpty()) throw new IllegalArgumentException("federated boosting needs at least one client");
        int width = clients.get(0).schema().size();
        FeatureMoments total = FeatureMoments.empty(width);
        for (MomentsUpdate m : ClientRequests.ask(clients, null, new MomentsRequest(), parallelClients)) {
            total = total.plus(m.moments());
        }
        List<SketchUpdate> sketches = ClientRequests.ask(withRows(clients), null,
                new SketchRequest(SKETCH_POINTS_PER_BIN * settings.bins()), parallelClients);
        double rate = (total.positives() + 0.5) / (total.count() + 1.0);
        BinEdges edges = QuantileMerge.edges(sketches, width, settings.bins());
        return new TreeEnsemble(edges, Math.log(rate / (1 - rate)), List.of(), 0);
    }

    /**
     * Grows one tree. At each level below the root, clients send histograms only for the child with the smaller
     * hessian sum of each split; the server derives its sibling as parent minus child (the usual histogram
     * subtraction trick of XGBoost and LightGBM), which halves both client work and messages.
     */
    private RegressionTree growTree(TreeEnsemble model, List<FederatedClient> clients) {
        TreeGrowth tree = new TreeGrowth();
        List<FederatedClient> withRows = withRows(clients);
        BinEdges edges = model.edges();
        int width = edges.offsets()[edges.features()];
        Map<Integer, double[][]> splitHistograms = new HashMap<>(); // nodes split at the previous level
        Map<Integer, Integer> parentOf = new HashMap<>();
        Map<Integer, Integer> siblingOf = new HashMap<>();
        Set<Integer> smaller = new HashSet<>(Set.of(0));
        for (int depth = 0; depth < settings.maxDepth() && tree.hasOpen(); depth++) {
            int[] open = tree.open();
            int[] ask = Arrays.stream(open).filter(smaller::contains).toArray();
            HistogramRequest request = new HistogramRequest(tree.snapshot(), ask);
            List<HistogramUpdate> updates = ClientRequests.ask(withRows, model, request, parallelClients);
            HistogramUpdate sum = HistogramUpdate.sum(updates, ask.length * width);
            Map<Integer, double[][]> hist = new HashMap<>();
            for (int i = 0; i < ask.length; i++) {
                hist.put(ask[i], new double[][] {
                        Arrays.copyOfRange(sum.gradients(), i * width, (i + 1) * width),
                        Arrays.copyOfRange(sum.hessians(), i * width, (i + 1) * width)});
            }
            for (int node : open) {
                if (!hist.containsKey(node)) {
                    hist.put(node, difference(splitHistograms.get(parentOf.get(node)), hist.get(siblingOf.get(node))));
                }
            }
            Map<Integer, double[][]> nextSplit = new HashMap<>();
            smaller.clear();
            for (int node : open) {
                double[] g = hist.get(node)[0];
                double[] h = hist.get(node)[1];
                SplitFinder.Split split = SplitFinder.best(g, h, 0, edges, settings);
                if (split == null) {
                    double[] gh = SplitFinder.totals(g, h, 0, edges);
                    tree.leaf(node, SplitFinder.leafValue(gh[0], gh[1], settings));
                    continue;
                }
                int[] kids = tree.split(node, split.feature(), edges.threshold(split.feature(), split.cut()),
                        SplitFinder.leafValue(split.leftG(), split.leftH(), settings),
                        SplitFinder.leafValue(split.rightG(), split.rightH(), settings));
                nextSplit.put(node, hist.get(node));
                parentOf.put(kids[0], node);
                parentOf.put(kids[1], node);
                siblingOf.put(kids[0], kids[1]);
                siblingOf.put(kids[1], kids[0]);
                smaller.add(split.leftH() <= split.rightH() ? kids[0] : kids[1]);
            }
            splitHistograms = nextSplit;
        }
        return tree.finish();
    }

    private static List<FederatedClient> withRows(List<FederatedClient> clients) {
        return clients.stream().filter(c -> c.size() > 0).toList();
    }

    /** Parent minus child, element-wise; hessian sums clamped at 0 against rounding. */
    private static double[][] difference(double[][] parent, double[][] child) {
        double[] g = parent[0].clone();
        double[] h = parent[1].clone();
        for (int k = 0; k < g.length; k++) {
            g[k] -= child[0][k];
            h[k] = Math.max(0, h[k] - child[1][k]);
        }
        return new double[][] {g, h};
    }
}
