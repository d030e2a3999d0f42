package org.infoops.graph;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * A degree distribution of the Schweimer generator (spec §3.2 step A4): degree = rint(loc + scale * Q(u)),
 * where Q is the chi-square(df) quantile (scipy's {@code chi2.ppf(u, df, loc, scale)}, numpy's half-to-even
 * rounding = {@link Math#rint}).
 *
 * <p>{@link #degree(double)} gives the same integer as rounding {@link #quantile(double)} but without running
 * a root finder per draw (Phase A draws 2n-3n quantiles per attempt and redraws many times). Because Q is
 * increasing, rint(loc + scale*Q(u)) = k exactly when F(t_{k-1}) <= u < F(t_k) with t_k = (k + 0.5 - loc)/scale
 * and F the chi-square CDF; so the CDF is evaluated once per integer k into a table and a draw is a binary
 * search. (The two differ only when u lies within floating-point error of a rounding boundary.)
 */
final class ChiSquareDegreeDistribution {
    /** Root-finder accuracy for {@link #quantile}; tighter than Commons Math's 1e-9 default, which is coarse
     * next to the tiny standard quantiles of df < 1 (e.g. 5e-9 at u = 0.05, df = 0.3). */
    private static final double INVERSE_ACCURACY = 1e-15;
    /** Hard cap on the table; the CDF reaches 1.0 (in double) long before for every crawled set (~15k). */
    private static final int MAX_TABLE = 50_000_000;

    private final SnHyperParameters.ChiSquare parameters;
    private final ChiSquaredDistribution chi2;
    private final int minDegree;          // rint(loc): the degree at u -> 0
    private final double[] upperBound;    // upperBound[j] = F(t_{minDegree + j}); u < upperBound[j] -> degree <= minDegree + j

    ChiSquareDegreeDistribution(SnHyperParameters.ChiSquare parameters) {
        this.parameters = parameters;
        // null generator: this object only evaluates CDF/quantiles, it never samples.
        this.chi2 = new ChiSquaredDistribution(null, parameters.df(), INVERSE_ACCURACY);
        this.minDegree = (int) Math.rint(parameters.loc());
        this.upperBound = buildTable();
    }

    private double[] buildTable() {
        double[] table = new double[64];
        int size = 0;
        double f;
        do {
            if (size == MAX_TABLE) {
                throw new IllegalArgumentException("chi-square scale too large for a degree table: " + parameters);
            }
            double t = (minDegree + size + 0.5 - parameters.loc()) / parameters.scale();
            f = t <= 0 ? 0 : chi2.cumulativeProbability(t);
            if (size == table.length) table = Arrays.copyOf(table, size * 2);
            table[size++] = f;
        } while (f < 1.0);
        return Arrays.copyOf(table, size);
    }

    /** loc + scale * Q(u): the continuous value before rounding (scipy {@code chi2.ppf(u, df, loc, scale)}). */
    double quantile(double u) {
        return parameters.loc() + parameters.scale() * chi2.inverseCumulativeProbability(u);
    }

    /**
     * The rounded degree for u in [0, 1). u = 1 (a normal draw beyond ~8.3 sd, probability ~1e-16) would be an
     * infinite degree; it maps to the largest finite degree instead.
     */
    int degree(double u) {
        // First j with u < upperBound[j] (the last entry is 1.0, so it exists for every u < 1).
        int lo = 0;
        int hi = upperBound.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (upperBound[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return minDegree + lo;
    }

    /** P(degree = 0) for this distribution (used in diagnostics/tests). */
    double probabilityOfZero() {
        return minDegree > 0 ? 0 : upperBound[0];
    }

    SnHyperParameters.ChiSquare parameters() {
        return parameters;
    }
}
