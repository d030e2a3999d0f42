package org.infoops.graph;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * The Gaussian copula of Phase A (spec §3.2 steps A1-A3): three uniforms (reciprocal, in, out) whose Spearman
 * rank correlations are the given rhos. For a bivariate normal, Spearman rho = (6/pi) asin(R/2), so the Pearson
 * correlation to put into the normal is R = 2 sin(pi rho / 6); z ~ N(0, Sigma) is drawn as L g with L the
 * Cholesky factor of Sigma and g three independent standard normals, and u = Phi(z).
 */
final class GaussianCopula {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1); // CDF only

    private final double l00, l10, l11, l20, l21, l22; // lower-triangular Cholesky factor

    GaussianCopula(double rhoMutualIn, double rhoMutualOut, double rhoInOut) {
        double r1 = pearsonFromSpearman(rhoMutualIn);
        double r2 = pearsonFromSpearman(rhoMutualOut);
        double r3 = pearsonFromSpearman(rhoInOut);
        RealMatrix sigma = MatrixUtils.createRealMatrix(new double[][] {{1, r1, r2}, {r1, 1, r3}, {r2, r3, 1}});
        RealMatrix l;
        try {
            l = new CholeskyDecomposition(sigma).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("Spearman rhos (" + rhoMutualIn + ", " + rhoMutualOut + ", "
                    + rhoInOut + ") give a correlation matrix that is not positive definite", e);
        }
        l00 = l.getEntry(0, 0);
        l10 = l.getEntry(1, 0);
        l11 = l.getEntry(1, 1);
        l20 = l.getEntry(2, 0);
        l21 = l.getEntry(2, 1);
        l22 = l.getEntry(2, 2);
    }

    GaussianCopula(SnHyperParameters p) {
        this(p.rhoMutualIn(), p.rhoMutualOut(), p.rhoInOut());
    }

    /** Pearson correlation of a bivariate normal whose Spearman rank correlation is {@code rho}. */
    static double pearsonFromSpearman(double rho) {
        return 2 * Math.sin(Math.PI * rho / 6);
    }

    /** Draws one correlated normal vector z = L g into {@code z} (order: reciprocal, in, out). */
    void sampleNormal(NormalizedGaussianSampler gaussian, double[] z) {
        double g0 = gaussian.sample();
        double g1 = gaussian.sample();
        double g2 = gaussian.sample();
        z[0] = l00 * g0;
        z[1] = l10 * g0 + l11 * g1;
        z[2] = l20 * g0 + l21 * g1 + l22 * g2;
    }

    /** Phi(z), the standard normal CDF. */
    static double uniform(double z) {
        return STANDARD_NORMAL.cumulativeProbability(z);
    }
}
