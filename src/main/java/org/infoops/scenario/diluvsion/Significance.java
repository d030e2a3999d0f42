package org.infoops.scenario.diluvsion;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/** Table 1's significance test: Welch's two-sided t-test (unequal variances) of end values against the baseline. */
final class Significance {
    static final double ALPHA = 0.05;

    private Significance() {}

    /**
     * The p-value of Welch's t-test between two samples, or NaN when it is undefined (fewer than two values in a
     * sample). When both samples have no spread the statistic degenerates (0/0 or x/0), so the answer is decided
     * directly: equal means give p = 1, different means p = 0.
     */
    static double welchPValue(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) return Double.NaN;
        if (StatUtils.variance(a) == 0 && StatUtils.variance(b) == 0) {
            return StatUtils.mean(a) == StatUtils.mean(b) ? 1.0 : 0.0;
        }
        return new TTest().tTest(a, b);
    }

    static boolean significant(double p) {
        return p < ALPHA;
    }
}
