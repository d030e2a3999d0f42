package org.infoops.graph;

import java.util.Objects;

/**
 * One crawled network's inputs to the Schweimer SN generator (spec §3.3, from the generator repository's
 * {@code Hyperparameters.docx}): chi-square fits of its three degree distributions and its Spearman rank
 * correlations between them.
 *
 * @param name         network name as in the table, e.g. "Covid"
 * @param crawledNodes node count of the crawled network (for reference; the generator takes its own n)
 * @param mutual       fit of the reciprocal ("mutual") degree
 * @param in           fit of the non-reciprocal in-degree (followers that are not followed back)
 * @param out          fit of the non-reciprocal out-degree (followees that do not follow back)
 * @param rhoMutualIn  crawled Spearman rho(reciprocal, in)
 * @param rhoMutualOut crawled Spearman rho(reciprocal, out)
 * @param rhoInOut     crawled Spearman rho(in, out)
 */
public record SnHyperParameters(String name, int crawledNodes, ChiSquare mutual, ChiSquare in, ChiSquare out,
                                double rhoMutualIn, double rhoMutualOut, double rhoInOut) {

    /** scipy's {@code chi2(df, loc, scale)}: X = loc + scale * Y with Y ~ chi-square(df); df may be fractional. */
    public record ChiSquare(double df, double loc, double scale) {
        public ChiSquare {
            if (!(df > 0) || !(scale > 0) || !Double.isFinite(loc)) {
                throw new IllegalArgumentException(
                        "chi-square parameters need df > 0, scale > 0 and a finite loc; got df=" + df
                                + ", loc=" + loc + ", scale=" + scale);
            }
        }
    }

    public SnHyperParameters {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mutual, "mutual");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        for (double rho : new double[] {rhoMutualIn, rhoMutualOut, rhoInOut}) {
            if (!(rho >= -1 && rho <= 1)) {
                throw new IllegalArgumentException("Spearman rho of set '" + name + "' must be in [-1, 1]; got " + rho);
            }
        }
    }
}
