package org.infoops.learn;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.infoops.kernel.RandomStreams;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in per-influencer feature table for benchmarks and tests of the learners when no simulated world is
 * at hand: column 0 "popularity" (shifted per influencer), 1 "hour" (0..23), 2 "narrative_flag" (0/1),
 * the rest standard normal noise-like covariates. The attack probability mixes linear effects (columns 0, 3, 4)
 * with an interaction (evening posts with the flagged narrative), so trees and logistic models both learn
 * something and neither learns everything.
 */
public final class SyntheticAttackTable {
    private final FeatureSchema schema;

    public SyntheticAttackTable(int features) {
        if (features < 5) throw new IllegalArgumentException("synthetic table features = " + features + "; must be >= 5");
        List<String> names = new ArrayList<>(List.of("popularity", "hour", "narrative_flag"));
        for (int j = 3; j < features; j++) names.add("x" + j);
        this.schema = new FeatureSchema(names);
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** {@code clients} tables of {@code rowsEach} rows, each client with its own popularity level. */
    public List<List<Example>> clients(int clients, int rowsEach, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        List<List<Example>> out = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            UniformRandomProvider r = streams.stream("synthetic-client", k);
            double shift = 0.7 * ZigguratSampler.NormalizedGaussian.of(r).sample();
            out.add(rows(rowsEach, shift, r));
        }
        return out;
    }

    /** Held-out rows from the population of all clients. */
    public List<Example> heldOut(int rows, long seed) {
        UniformRandomProvider r = new RandomStreams(seed).stream("synthetic-held-out");
        List<Example> out = new ArrayList<>();
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(r);
        for (int i = 0; i < rows; i++) out.addAll(rows(1, 0.7 * g.sample(), r));
        return out;
    }

    private List<Example> rows(int n, double shift, UniformRandomProvider r) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(r);
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] x = new double[schema.size()];
            x[0] = shift + g.sample();
            x[1] = r.nextInt(24);
            x[2] = r.nextDouble() < 0.3 ? 1 : 0;
            for (int j = 3; j < x.length; j++) x[j] = g.sample();
            double logit = -2.5 + 1.2 * x[0] + 0.8 * x[3] - 0.6 * x[4] + 2.5 * (x[1] >= 18 && x[2] == 1 ? 1 : 0);
            out.add(new Example(x, r.nextDouble() < 1 / (1 + Math.exp(-logit))));
        }
        return out;
    }
}
