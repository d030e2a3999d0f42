package org.infoops.model.troll;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The troll-bot agent's trigger rules (paper §5.1: "popularity of influencers, frequency of posts, mentioned
 * narratives, etc."): conditions on an {@link Activity} combined with all-of (and) / any-of (or). Only the bot
 * and the omniscient "perfect prediction" policy may read a rule; feature extraction never does.
 */
public sealed interface TriggerRule {
    boolean matches(Activity a);

    /** and */
    record AllOf(List<TriggerRule> rules) implements TriggerRule {
        public boolean matches(Activity a) {
            for (TriggerRule r : rules) if (!r.matches(a)) return false;
            return true;
        }

        @Override
        public String toString() {
            return rules.stream().map(Object::toString).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    /** or */
    record AnyOf(List<TriggerRule> rules) implements TriggerRule {
        public boolean matches(Activity a) {
            for (TriggerRule r : rules) if (r.matches(a)) return true;
            return false;
        }

        @Override
        public String toString() {
            return rules.stream().map(Object::toString).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /** The author's popularity is at least the threshold. */
    record PopularityAtLeast(double threshold) implements TriggerRule {
        public boolean matches(Activity a) {
            return a.popularity() >= threshold;
        }
    }

    /** The author posted at least this many times in the 7 days before (posting frequency). */
    record PostsPerWeekAtLeast(int threshold) implements TriggerRule {
        public boolean matches(Activity a) {
            return a.postsLastWeek() >= threshold;
        }
    }

    /** The post's narrative is one of these (indices). */
    record NarrativeIn(int mask) implements TriggerRule {
        public boolean matches(Activity a) {
            return (mask & (1 << a.narrative())) != 0;
        }
    }

    /** The post mentions at least one of these keywords (bit mask of keyword indices). */
    record KeywordIn(int mask) implements TriggerRule {
        public boolean matches(Activity a) {
            return (mask & a.keywords()) != 0;
        }
    }

    /** The hour of day (0..23) is in [from, to], wrapping past midnight when from > to. */
    record HourBetween(int from, int to) implements TriggerRule {
        public boolean matches(Activity a) {
            int h = a.hourOfDay();
            return from <= to ? h >= from && h <= to : h >= from || h <= to;
        }
    }

    /** What the bots see of one piece of activity (a post) when they decide to attack. */
    record Activity(int author, double popularity, int postsLastWeek, int narrative, int keywords, int hourOfDay) {}
}
