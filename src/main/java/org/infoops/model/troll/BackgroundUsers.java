package org.infoops.model.troll;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The background users (paper §5.1: "trained on real data and pursue their goals ignoring the bot's actions"),
 * as primitive columns indexed by user id. Each has its own posting and commenting rates (per day), active hours
 * (a daily window of {@code activeSpan} hours from {@code activeStart}), a favourite subreddit and narrative with a
 * loyalty (the chance a post goes there; otherwise uniform), and a popularity (how many comments a post draws,
 * relative to an average user's 1).
 */
public record BackgroundUsers(double[] postsPerDay, double[] commentsPerDay, int[] activeStart, int[] activeSpan,
                              int[] favouriteSubreddit, double[] subredditLoyalty, int[] favouriteNarrative,
                              double[] narrativeLoyalty, double[] popularity) {

    public int size() {
        return postsPerDay.length;
    }

    /** Heavy-tailed synthetic users: log-normal rates and popularity, uniform active windows and loyalties. */
    public static BackgroundUsers synthetic(TrollParameters p, UniformRandomProvider rng) {
        int n = p.world().backgroundUsers();
        TrollParameters.Background b = p.background();
        ContinuousSampler posts = logNormal(rng, b.postsPerDay());
        ContinuousSampler comments = logNormal(rng, b.commentsPerDay());
        ContinuousSampler pop = logNormal(rng, b.popularity());
        BackgroundUsers u = empty(n);
        for (int i = 0; i < n; i++) {
            u.postsPerDay[i] = Math.min(b.rateCap(), posts.sample());
            u.commentsPerDay[i] = Math.min(b.rateCap(), comments.sample());
            u.popularity[i] = pop.sample();
            u.activeSpan[i] = (int) Math.round(uniform(rng, b.activeHours()));
            u.activeStart[i] = rng.nextInt(24);
            u.favouriteSubreddit[i] = rng.nextInt(p.world().subreddits());
            u.subredditLoyalty[i] = uniform(rng, b.subredditLoyalty());
            u.favouriteNarrative[i] = rng.nextInt(p.world().narratives());
            u.narrativeLoyalty[i] = uniform(rng, b.narrativeLoyalty());
        }
        return u;
    }

    static BackgroundUsers empty(int n) {
        return new BackgroundUsers(new double[n], new double[n], new int[n], new int[n], new int[n], new double[n],
                new int[n], new double[n], new double[n]);
    }

    /** Is minute {@code t} inside the user's daily active window? */
    public boolean isActive(int user, long t) {
        int hour = (int) ((t / TrollParameters.MINUTES_PER_HOUR) % 24);
        int from = activeStart[user];
        int offset = Math.floorMod(hour - from, 24);
        return offset < activeSpan[user];
    }

    /**
     * The wall-clock minute reached after spending {@code activeMinutes} of the user's active time from
     * {@code t}: the user's own clock runs only inside the daily window (how active hours shape a Poisson process).
     */
    public long afterActiveMinutes(int user, long t, double activeMinutes) {
        int span = activeSpan[user] * TrollParameters.MINUTES_PER_HOUR;
        if (span >= TrollParameters.MINUTES_PER_DAY) return t + (long) Math.ceil(activeMinutes);
        long day = Math.floorDiv(t, TrollParameters.MINUTES_PER_DAY);
        long windowStart = day * TrollParameters.MINUTES_PER_DAY + (long) activeStart[user] * TrollParameters.MINUTES_PER_HOUR;
        if (windowStart > t) windowStart -= TrollParameters.MINUTES_PER_DAY;
        long cursor = Math.max(t, windowStart);
        if (cursor >= windowStart + span) { // between windows: jump to the next one
            windowStart += TrollParameters.MINUTES_PER_DAY;
            cursor = windowStart;
        }
        double left = activeMinutes;
        long days = (long) (left / span);
        // Whole active days first, then walk the rest inside the current window.
        left -= (double) days * span;
        cursor += days * TrollParameters.MINUTES_PER_DAY;
        windowStart += days * TrollParameters.MINUTES_PER_DAY;
        double room = windowStart + span - cursor;
        if (left < room) return cursor + (long) Math.ceil(left);
        left -= room;
        return windowStart + TrollParameters.MINUTES_PER_DAY + (long) Math.ceil(left);
    }

    static ContinuousSampler logNormal(UniformRandomProvider rng, TrollParameters.LogNormal d) {
        return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), d.mu(), d.sigma());
    }

    static double uniform(UniformRandomProvider rng, TrollParameters.Range r) {
        return r.minimum() + (r.maximum() - r.minimum()) * rng.nextDouble();
    }
}
