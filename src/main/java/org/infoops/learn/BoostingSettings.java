package org.infoops.learn;

/**
 * Gradient-boosted trees with the logistic loss, XGBoost's parameter names. The same values drive the
 * centralised/local XGBoost baselines and the federated histogram boosting, so they grow comparable trees.
 *
 * @param trees          boosting rounds (trees) in total
 * @param maxDepth       maximum tree depth
 * @param eta            shrinkage of each tree's leaf weights
 * @param lambda         L2 penalty on leaf weights
 * @param minChildWeight minimum hessian sum in a child
 * @param bins           histogram bins per feature (XGBoost max_bin; the federated method's quantile bins)
 */
public record BoostingSettings(int trees, int maxDepth, double eta, double lambda, double minChildWeight, int bins) {
    public BoostingSettings {
        if (trees < 1) throw new IllegalArgumentException("boosting trees = " + trees + "; must be >= 1");
        if (maxDepth < 1 || maxDepth > 12) throw new IllegalArgumentException("boosting maxDepth = " + maxDepth + "; allowed 1..12");
        if (!(eta > 0 && eta <= 1)) throw new IllegalArgumentException("boosting eta = " + eta + "; allowed (0, 1]");
        if (!(lambda >= 0)) throw new IllegalArgumentException("boosting lambda = " + lambda + "; must be >= 0");
        if (!(minChildWeight >= 0)) throw new IllegalArgumentException("boosting minChildWeight = " + minChildWeight + "; must be >= 0");
        // at most 256: the federated clients keep one byte per binned value (XGBoost's default max_bin is 256 too)
        if (bins < 2 || bins > 256) throw new IllegalArgumentException("boosting bins = " + bins + "; allowed 2..256");
    }

    /** XGBoost's defaults (depth 6 lowered to 4 for small per-influencer tables), 50 trees, 32 bins. */
    public static BoostingSettings defaults() {
        return new BoostingSettings(50, 4, 0.3, 1.0, 1.0, 32);
    }
}
