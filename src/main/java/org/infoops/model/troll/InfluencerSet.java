package org.infoops.model.troll;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.InverseTransformParetoSampler;

/**
 * The influencers (paper §5.1: a predefined schedule of posts, e.g. daily or weekly; 100 of them, attacked by
 * bots): posting period and phase, Pareto popularity, the narratives they post on (bit mask) and their home
 * subreddits (where they post and whose posts they observe). Index i is user id backgroundUsers + i.
 */
public record InfluencerSet(int[] periodMinutes, int[] phaseMinutes, double[] popularity, int[] narrativeMask,
                            int[][] subreddits) {

    public int size() {
        return periodMinutes.length;
    }

    public static InfluencerSet synthetic(TrollParameters p, UniformRandomProvider rng) {
        TrollParameters.Influencers s = p.influencers();
        int n = p.world().influencers();
        int[] period = new int[n], phase = new int[n], narratives = new int[n];
        double[] pop = new double[n];
        int[][] subs = new int[n][];
        double total = s.schedules().stream().mapToDouble(TrollParameters.Schedule::share).sum();
        org.apache.commons.rng.sampling.distribution.ContinuousSampler pareto = InverseTransformParetoSampler.of(rng, s.popularityMinimum(), s.popularityAlpha());
        for (int i = 0; i < n; i++) {
            // Schedules by largest-remainder-free cumulative shares: influencer i takes the schedule whose share
            // interval contains (i + 0.5) / n, so the shares are met exactly up to rounding and deterministically.
            double x = (i + 0.5) / n * total, acc = 0;
            TrollParameters.Schedule chosen = s.schedules().get(s.schedules().size() - 1);
            for (TrollParameters.Schedule sc : s.schedules()) {
                acc += sc.share();
                if (x < acc) {
                    chosen = sc;
                    break;
                }
            }
            period[i] = (int) Math.round(chosen.periodHours() * TrollParameters.MINUTES_PER_HOUR);
            phase[i] = rng.nextInt(period[i]);
            pop[i] = pareto.sample();
            narratives[i] = distinct(rng, p.world().narratives(), s.narrativesEach());
            int mask = distinct(rng, p.world().subreddits(), s.subredditsEach());
            subs[i] = bits(mask);
        }
        return new InfluencerSet(period, phase, pop, narratives, subs);
    }

    /** A mask of k distinct values below n, drawn uniformly. */
    static int distinct(UniformRandomProvider rng, int n, int k) {
        int mask = 0;
        while (Integer.bitCount(mask) < Math.min(k, n)) mask |= 1 << rng.nextInt(n);
        return mask;
    }

    static int[] bits(int mask) {
        int[] out = new int[Integer.bitCount(mask)];
        for (int i = 0, k = 0; i < 32; i++) if ((mask & (1 << i)) != 0) out[k++] = i;
        return out;
    }

    /** True if influencer i has subreddit s as a home (observes its posts). */
    public boolean observes(int i, int subreddit) {
        for (int s : subreddits[i]) if (s == subreddit) return true;
        return false;
    }
}
