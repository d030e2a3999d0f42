package org.infoops.model.cascade;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * A synthetic base network for when no retweet data is given (and for the 1,000,000-user benchmark): users in
 * planted communities of unequal sizes, a heavy-tailed (Pareto) number of retweeters per author, retweeters
 * chosen inside the author's community with probability 1 - mixing and in proportion to a heavy-tailed
 * retweeting activity, and per-pair retweet counts |R_ij| >= 1 (geometric).
 *
 * @param users           number of users in U_A
 * @param communities     number of planted communities (sizes proportional to 1/(c+1)^0.7)
 * @param minRetweeters   Pareto scale: the smallest number of retweeters an author draws
 * @param tailExponent    Pareto exponent of retweeters per author (2 < gamma < 3 gives a heavy tail, finite mean)
 * @param maxRetweeters   cap on retweeters per author
 * @param mixing          fraction of an author's retweeters drawn from other communities
 * @param meanExtraCount  mean of |R_ij| - 1 (geometric)
 */
public record SyntheticRetweets(int users, int communities, double minRetweeters, double tailExponent,
                                int maxRetweeters, double mixing, double meanExtraCount) {

    public SyntheticRetweets {
        if (users < 2) throw new IllegalArgumentException("users must be >= 2, was " + users);
        if (communities < 1 || communities > users) throw new IllegalArgumentException("communities must be in 1.." + users + ", was " + communities);
        if (!(minRetweeters > 0)) throw new IllegalArgumentException("min retweeters must be > 0, was " + minRetweeters);
        if (!(tailExponent > 1)) throw new IllegalArgumentException("tail exponent must be > 1, was " + tailExponent);
        if (maxRetweeters < 1) throw new IllegalArgumentException("max retweeters must be >= 1, was " + maxRetweeters);
        if (!(mixing >= 0 && mixing <= 1)) throw new IllegalArgumentException("mixing must be in [0, 1], was " + mixing);
        if (!(meanExtraCount >= 0)) throw new IllegalArgumentException("mean extra count must be >= 0, was " + meanExtraCount);
    }

    /** Generated base world: planted community per user and the retweet pairs with counts (user ids = indices). */
    public record Base(int[] community, int[] authors, int[] retweeters, int[] counts) {
        public RetweetTable table() {
            long[] a = new long[authors.length], r = new long[authors.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = authors[i];
                r[i] = retweeters[i];
            }
            return new RetweetTable(a, r, counts.clone());
        }

        /** The whole base world as a spread network (Eq 1, no sampling) with the planted communities. */
        public SpreadNetwork network() {
            return SpreadNetwork.fromEdges(community.length, authors, retweeters).withCommunities(community);
        }
    }

    public Base generate(UniformRandomProvider rng) {
        double[] sizeWeights = new double[communities];
        for (int c = 0; c < communities; c++) sizeWeights[c] = Math.pow(c + 1, -0.7);
        SharedStateDiscreteSampler pickCommunity = AliasMethodDiscreteSampler.of(rng, sizeWeights);
        int[] community = new int[users];
        int[] size = new int[communities];
        for (int u = 0; u < users; u++) {
            community[u] = u < communities ? u : pickCommunity.sample(); // every community non-empty
            size[community[u]]++;
        }
        // Members of each community with a heavy-tailed retweeting activity: a few users retweet a lot.
        int[][] members = new int[communities][];
        for (int c = 0; c < communities; c++) members[c] = new int[size[c]];
        int[] fill = new int[communities];
        for (int u = 0; u < users; u++) members[community[u]][fill[community[u]]++] = u;
        SharedStateDiscreteSampler[] pickRetweeter = new SharedStateDiscreteSampler[communities];
        for (int c = 0; c < communities; c++) {
            double[] activity = new double[size[c]];
            for (int i = 0; i < activity.length; i++) activity[i] = pareto(rng, 1.0, 2.5);
            pickRetweeter[c] = AliasMethodDiscreteSampler.of(rng, activity);
        }
        int[] a = new int[users * 8], r = new int[users * 8], k = new int[users * 8];
        int m = 0;
        double geometricQ = meanExtraCount / (1 + meanExtraCount); // P(one more retweet)
        for (int u = 0; u < users; u++) {
            int d = (int) Math.min(maxRetweeters, Math.min(users - 1, Math.floor(pareto(rng, minRetweeters, tailExponent))));
            for (int i = 0; i < d; i++) {
                int c = community[u];
                if (communities > 1 && rng.nextDouble() < mixing) {
                    c = (c + 1 + rng.nextInt(communities - 1)) % communities;
                }
                int v = members[c][pickRetweeter[c].sample()];
                if (v == u) continue;
                if (m == a.length) {
                    a = Arrays.copyOf(a, m * 2);
                    r = Arrays.copyOf(r, m * 2);
                    k = Arrays.copyOf(k, m * 2);
                }
                int count = 1;
                while (count < 1000 && rng.nextDouble() < geometricQ) count++;
                a[m] = u;
                r[m] = v;
                k[m++] = count;
            }
        }
        return new Base(community, Arrays.copyOf(a, m), Arrays.copyOf(r, m), Arrays.copyOf(k, m));
    }

    /** Pareto(scale, exponent) by inversion: P(X > x) = (scale / x)^(exponent - 1). */
    private static double pareto(UniformRandomProvider rng, double scale, double exponent) {
        return scale * Math.pow(1.0 - rng.nextDouble(), -1.0 / (exponent - 1.0));
    }
}
