package org.infoops.learn.federated;

import java.util.ArrayList;
import java.util.List;

/**
 * The global model of federated boosting: a base margin (log-odds of the clients' pooled positive rate, from
 * their counts) plus the trees grown so far. P(attack) is the logistic function of the summed margin.
 */
public record TreeEnsemble(BinEdges edges, double baseMargin, List<RegressionTree> trees, int rounds) implements FederatedModel {
    public TreeEnsemble {
        trees = List.copyOf(trees);
    }

    public double margin(double[] row) {
        double m = baseMargin;
        for (RegressionTree t : trees) m += t.value(row);
        return m;
    }

    @Override
    public double probability(double[] features) {
        return 1 / (1 + Math.exp(-margin(features)));
    }

    TreeEnsemble plus(RegressionTree tree) {
        List<RegressionTree> more = new ArrayList<>(trees);
        more.add(tree);
        return new TreeEnsemble(edges, baseMargin, more, rounds);
    }

    TreeEnsemble nextRound() {
        return new TreeEnsemble(edges, baseMargin, trees, rounds + 1);
    }
}
