package org.infoops.graph;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.CombinationSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Phase A of the Schweimer generator (spec §3.2 steps A1-A7): correlated reciprocal/in/out degrees from the
 * Gaussian copula and the three chi-square fits, redrawn until in- and out-stubs nearly balance, then made
 * consistent (even reciprocal total, equal in and out totals).
 */
final class DegreeSampler {
    /** Guard against a parameter set that can never balance; Covid at n = 1,000 needs 1-150 attempts. */
    static final int MAX_ATTEMPTS = 1_000_000;

    private final GaussianCopula copula;
    private final ChiSquareDegreeDistribution mutual;
    private final ChiSquareDegreeDistribution in;
    private final ChiSquareDegreeDistribution out;

    DegreeSampler(SnHyperParameters p) {
        this.copula = new GaussianCopula(p);
        this.mutual = new ChiSquareDegreeDistribution(p.mutual());
        this.in = new ChiSquareDegreeDistribution(p.in());
        this.out = new ChiSquareDegreeDistribution(p.out());
    }

    DegreeSequence sample(int n, UniformRandomProvider rng) {
        NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        int[] reciprocal = new int[n];
        int[] inDeg = new int[n];
        int[] outDeg = new int[n];
        double[] reciprocalZ = new double[n]; // kept so the reciprocal degree is only computed for the accepted draw
        double[] z = new double[3];
        long delta;
        int attempts = 0;
        do { // A5: redraw the whole sample while |delta| > 0.1 n
            if (++attempts > MAX_ATTEMPTS) {
                throw new IllegalStateException("Phase A did not balance in- and out-degree within "
                        + MAX_ATTEMPTS + " draws of " + n + " nodes");
            }
            long sumIn = 0;
            long sumOut = 0;
            for (int v = 0; v < n; v++) {
                copula.sampleNormal(gaussian, z);
                reciprocalZ[v] = z[0];
                inDeg[v] = in.degree(GaussianCopula.uniform(z[1]));
                outDeg[v] = out.degree(GaussianCopula.uniform(z[2]));
                sumIn += inDeg[v];
                sumOut += outDeg[v];
            }
            delta = sumIn - sumOut;
        } while (Math.abs(delta) > 0.1 * n);

        long sumReciprocal = 0;
        for (int v = 0; v < n; v++) {
            reciprocal[v] = mutual.degree(GaussianCopula.uniform(reciprocalZ[v]));
            sumReciprocal += reciprocal[v];
        }
        // A6: an odd reciprocal total cannot be paired; the notebook adds 1 to the largest degree (ties: lowest id).
        if ((sumReciprocal & 1) == 1) {
            reciprocal[argMax(reciprocal)]++;
        }
        // A7: |delta| distinct nodes, uniformly, get one more stub on the short side.
        int k = (int) Math.abs(delta);
        if (k > 0) {
            int[] side = delta < 0 ? inDeg : outDeg;
            for (int v : new CombinationSampler(rng, n, k).sample()) side[v]++;
        }
        return new DegreeSequence(reciprocal, inDeg, outDeg, attempts);
    }

    private static int argMax(int[] a) {
        int best = 0;
        for (int v = 1; v < a.length; v++) if (a[v] > a[best]) best = v;
        return best;
    }
}
