package org.infoops.model.troll;

import java.util.List;

/**
 * Everything one troll-attack world needs besides its seed: the values of {@code scenarios/troll/parameters.yaml},
 * where each one is documented with its source (Blythe and Tregubov, §5) or the reason it was chosen.
 * Time is in whole minutes throughout the model.
 */
public record TrollParameters(World world, Background background, Influencers influencers, Comments comments,
                              Posts posts, Bots bots, Countermeasure countermeasure) {

    public static final int MINUTES_PER_DAY = 1440;
    public static final int MINUTES_PER_HOUR = 60;

    /** Sizes and periods; a month is 30 days. */
    public record World(int backgroundUsers, int influencers, int subreddits, int narratives, int keywords,
                        int trainingDays, int evaluationDays) {
        public long trainingMinutes() {
            return (long) trainingDays * MINUTES_PER_DAY;
        }

        public long endMinutes() {
            return (long) (trainingDays + evaluationDays) * MINUTES_PER_DAY;
        }
    }

    /** A log-normal distribution given by its mean (what the scenario documents) and the sigma of its log. */
    public record LogNormal(double mean, double sigma) {
        public double mu() {
            return Math.log(mean) - sigma * sigma / 2;
        }
    }

    /** Closed range. */
    public record Range(double minimum, double maximum) {}

    /**
     * Background users: synthetic (heavy-tailed rates) or fitted from an activity log ({@code activityLog} a CSV
     * path, see {@link ActivityLogFit}); {@code rateCap} bounds a single user's daily rate.
     */
    public record Background(String activityLog, LogNormal postsPerDay, LogNormal commentsPerDay, double rateCap,
                             Range activeHours, Range subredditLoyalty, Range narrativeLoyalty, LogNormal popularity) {}

    /** An influencer posting schedule: one post every {@code periodHours}, taken by {@code share} of them. */
    public record Schedule(double periodHours, double share) {}

    /** Influencers: schedules, jitter around the scheduled minute, Pareto popularity, narratives and home subreddits. */
    public record Influencers(List<Schedule> schedules, int jitterMinutes, double popularityMinimum,
                              double popularityAlpha, int narrativesEach, int subredditsEach) {}

    /** Comments: triggered by posts, after an exponential delay of this mean. */
    public record Comments(double delayMeanMinutes) {}

    /** Keywords a post mentions, and the chance each one is off its narrative. */
    public record Posts(int keywordsPerPost, int keywordsPerNarrative, double offNarrativeKeywordShare) {}

    /** The troll-bot agent: its trigger rule is bound separately (a tree; see TriggerRule). */
    public record Bots(TriggerRule rule, Range delayMinutes, int markDays, boolean ignoreMarked,
                       double attackProbability) {
        public long markMinutes() {
            return (long) markDays * MINUTES_PER_DAY;
        }
    }

    /** The paper's countermeasure: postpone above the threshold, within maxDelayDays, once per post (§5.1). */
    public record Countermeasure(double threshold, int maxDelayDays) {
        public long maxDelayMinutes() {
            return (long) maxDelayDays * MINUTES_PER_DAY;
        }
    }

    public TrollParameters withWorld(World w) {
        return new TrollParameters(w, background, influencers, comments, posts, bots, countermeasure);
    }

    public TrollParameters withBots(Bots b) {
        return new TrollParameters(world, background, influencers, comments, posts, b, countermeasure);
    }

    /** All users: background users first (ids 0..B-1), then influencers (ids B..B+I-1). */
    public int users() {
        return world.backgroundUsers() + world.influencers();
    }
}
