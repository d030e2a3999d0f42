package org.infoops.learn;

import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.math.optimisers.SGD;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-federated baselines: centralised training on all clients' pooled rows (the upper bound a federated
 * method can reach) and local-only training on one client's own rows (the lower bound). Both are real Tribuo
 * models: linear SGD with the log loss (logistic regression on standardised features) and XGBoost.
 */
public final class Trainers {
    static {
        TribuoLogging.quiet();
    }

    private Trainers() {
    }

    public static ProbabilisticClassifier centralised(FeatureSchema s, List<Example> pooled, Method m, long seed) {
        return train(s, pooled, m, seed, LogisticSettings.defaults(), BoostingSettings.defaults());
    }

    public static ProbabilisticClassifier localOnly(FeatureSchema s, List<Example> ownData, Method m, long seed) {
        return train(s, ownData, m, seed, LogisticSettings.defaults(), BoostingSettings.defaults());
    }

    /** Trains one model on {@code rows}; centralised and local-only differ only in which rows they are given. */
    public static ProbabilisticClassifier train(FeatureSchema s, List<Example> rows, Method m, long seed,
                                                LogisticSettings logistic, BoostingSettings boosting) {
        for (Example e : rows) s.check(e.features());
        FeatureMoments moments = FeatureMoments.of(rows, s.size());
        if (moments.positives() == 0 || moments.positives() == moments.count()) {
            return ConstantClassifier.smoothed(moments.positives(), moments.count());
        }
        return switch (m) {
            case LOGISTIC -> {
                Standardiser z = moments.standardiser();
                LinearSGDTrainer t = logisticTrainer(logistic, seed);
                yield new TribuoClassifier(s, t.train(TribuoTables.dataset(s, rows, z)), z);
            }
            case BOOSTED_TREES -> {
                Standardiser none = Standardiser.identity(s.size());
                yield new TribuoClassifier(s, xgboost(boosting, seed).train(TribuoTables.dataset(s, rows, none)), none);
            }
        };
    }

    static LinearSGDTrainer logisticTrainer(LogisticSettings l, long seed) {
        return new LinearSGDTrainer(new LogMulticlass(), SGD.getSimpleSGD(l.learningRate()), l.epochs(), Integer.MAX_VALUE, l.minibatch(), seed);
    }

    /** XGBoost with histogram splits, one thread (deterministic and fair on a shared machine) and a fixed seed. */
    static XGBoostClassificationTrainer xgboost(BoostingSettings b, long seed) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "multi:softprob"); // Tribuo classification sets num_class itself
        params.put("booster", "gbtree");
        params.put("tree_method", "hist");
        params.put("max_bin", b.bins());
        params.put("eta", b.eta());
        params.put("max_depth", b.maxDepth());
        params.put("lambda", b.lambda());
        params.put("gamma", 0.0);
        params.put("min_child_weight", b.minChildWeight());
        params.put("nthread", 1);
        params.put("verbosity", 0);
        params.put("seed", seed);
        return new XGBoostClassificationTrainer(b.trees(), params);
    }
}
