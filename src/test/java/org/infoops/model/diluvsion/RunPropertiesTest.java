package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.infoops.graph.FollowerGraph;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants over whole runs (a few hundred steps of 100 agents on a small random graph), checked after every step
 * against a recount of the state: counts conserved, limits respected, per-step action counts consistent with
 * what changed in the world.
 */
class RunPropertiesTest {
    private static final int AGENTS = 100;

    /** Everything the per-step checks compare against, captured before a step. */
    private static final class Before {
        final int tweets;
        final long edges;
        final int[] quotaUsed;
        final int[] themes;
        final int[] followees;
        final long likes, retweets, replies, quotes;

        Before(DiluvsionWorld w) {
            Agents ag = w.agents;
            tweets = w.tweets.count;
            edges = w.graph.edgeCount();
            quotaUsed = ag.quotaUsed.clone();
            themes = ag.themes.clone();
            followees = new int[ag.n];
            for (int a = 0; a < ag.n; a++) followees[a] = w.graph.followeeCount(a);
            likes = sum(w.tweets.column(Tweets.LIKES), w.tweets.count);
            retweets = sum(w.tweets.column(Tweets.RETWEETS), w.tweets.count);
            replies = sum(w.tweets.column(Tweets.REPLIES), w.tweets.count);
            quotes = sum(w.tweets.column(Tweets.QUOTES), w.tweets.count);
        }
    }

    private static long sum(int[] v, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += v[i];
        return s;
    }

    private static void checkStep(DiluvsionWorld w, Before b, int step) {
        Agents ag = w.agents;
        StepCounters c = w.counters;
        FollowerGraph g = w.graph;
        String at = "step " + step;

        // Stance counts, theme holders and follower/followee sums: incremental counters equal a recount.
        int[] stance = new int[3];
        int[] holders = new int[12];
        long[] followers = new long[3], followees = new long[3];
        for (int a = 0; a < ag.n; a++) {
            stance[ag.stance[a]]++;
            followers[ag.stance[a]] += g.followerCount(a);
            followees[ag.stance[a]] += g.followeeCount(a);
            int size = ThemeMask.size(ag.themes[a]);
            assertTrue(size <= 5, at + ": agent " + a + " holds " + ThemeMask.format(ag.themes[a]));
            assertEquals(0, ag.themes[a] >>> 12, at + ": theme beyond T12");
            for (int t = 0; t < 12; t++) if (ThemeMask.has(ag.themes[a], t)) holders[t]++;
            assertTrue(ag.resistance[a] >= 0 && ag.resistance[a] <= 1, at + ": resistance " + ag.resistance[a]);
        }
        assertEquals(ag.n, c.stanceCount[0] + c.stanceCount[1] + c.stanceCount[2], at + ": stance counts sum to n");
        assertArrayEquals(stance, c.stanceCount, at + ": stance counts");
        assertArrayEquals(holders, c.themeHolders, at + ": theme holders");
        assertArrayEquals(followers, c.followerSum, at + ": follower sums by stance");
        assertArrayEquals(followees, c.followeeSum, at + ": followee sums by stance");

        // Bots: fixed stance, never unfollow, conserved themes kept, at most 2 new themes per step.
        for (int a = 0; a < ag.n; a++) {
            if (!ag.bot[a]) continue;
            assertEquals(ag.startStance[a], ag.stance[a], at + ": bot " + a + " changed stance");
            assertTrue(g.followeeCount(a) >= b.followees[a], at + ": bot " + a + " unfollowed");
            assertEquals(ag.conservedThemes[a], ag.themes[a] & ag.conservedThemes[a], at + ": bot " + a + " lost a conserved theme");
            int added = ag.themes[a] & ~b.themes[a] & ~ag.conservedThemes[a];
            assertTrue(ThemeMask.size(added) <= 2, at + ": bot " + a + " added " + ThemeMask.format(added));
        }
        for (int a = 0; a < ag.n; a++) {
            if (ag.bot[a]) continue;
            assertTrue(ThemeMask.size(ag.themes[a] & ~b.themes[a]) <= 2, at + ": human " + a + " adopted more than 2 themes");
        }

        // One action per acting agent per step; the action counters add up to what was done.
        boolean reset = new Clock(0).isWeekStart(step);
        int executed = 0;
        for (int a = 0; a < ag.n; a++) {
            int delta = ag.quotaUsed[a] - (reset ? 0 : b.quotaUsed[a]);
            assertTrue(delta == 0 || delta == 1, at + ": agent " + a + " acted " + delta + " times");
            executed += delta;
        }
        int[] act = c.action;
        assertEquals(executed, Arrays.stream(act).sum(), at + ": action counts sum to executed actions");
        assertTrue(c.awake >= executed && c.awake <= ag.n, at + ": awake " + c.awake);
        assertTrue(c.fallbackTweets <= act[Action.TWEET.ordinal()], at + ": fallbacks are tweets");
        assertTrue(c.conversions <= c.infections, at);
        Tweets tw = w.tweets;
        assertEquals(act[Action.TWEET.ordinal()] + act[Action.QUOTE.ordinal()] + act[Action.REPLY.ordinal()], tw.count - b.tweets,
                at + ": new tweets = tweets + quotes + replies");
        assertEquals(act[Action.LIKE.ordinal()], sum(tw.column(Tweets.LIKES), tw.count) - b.likes, at + ": likes");
        assertEquals(act[Action.RETWEET.ordinal()], sum(tw.column(Tweets.RETWEETS), tw.count) - b.retweets, at + ": retweets");
        assertEquals(act[Action.REPLY.ordinal()], sum(tw.column(Tweets.REPLIES), tw.count) - b.replies, at + ": replies");
        assertEquals(act[Action.QUOTE.ordinal()], sum(tw.column(Tweets.QUOTES), tw.count) - b.quotes, at + ": quotes");
        assertEquals(act[Action.FOLLOW.ordinal()] - act[Action.UNFOLLOW.ordinal()], g.edgeCount() - b.edges, at + ": follows");

        // This step's tweets: the author's (end-of-step) stance, the right step, and the theme rules.
        for (int t = b.tweets; t < tw.count; t++) {
            int author = tw.author(t);
            assertEquals(step, tw.step[t]);
            assertEquals(ag.stance[author], tw.stance(t), at + ": tweet " + t + " carries its author's stance");
            assertTrue(ThemeMask.size(tw.themes(t)) <= 5 + ThemeMask.size(ag.conservedThemes[author]));
            if (ag.bot[author]) {
                assertEquals(ag.conservedThemes[author], tw.themes(t) & ag.conservedThemes[author], at + ": bot tweet " + t + " lacks its conserved theme");
            } else if (tw.kind[t] == Tweets.TWEET) {
                assertEquals(0, tw.themes(t) & ~ag.themes[author], at + ": human tweet " + t + " uses a theme its author lacks");
                assertEquals(ag.themes[author] != 0, tw.themes(t) != 0, at + ": human tweet " + t + " themes");
            } else {
                assertEquals(tw.themes(tw.parent[t]), tw.themes(t), at + ": human reply/quote " + t + " copies its parent's themes");
            }
            if (tw.kind[t] != Tweets.TWEET) {
                assertTrue(tw.parent[t] >= 0 && tw.parent[t] < t, at + ": parent of " + t);
                assertFalse(tw.author(tw.parent[t]) == author, at + ": agent " + author + " responded to its own tweet " + tw.parent[t]);
            } else {
                assertEquals(-1, tw.parent[t]);
            }
        }
    }

    /** Replies and quotes: at most one per (agent, parent, kind); derived from the tweet table. */
    private static void checkOnePerTweet(DiluvsionWorld w) {
        Tweets tw = w.tweets;
        Set<Long> seen = new HashSet<>();
        int responses = 0;
        for (int t = 0; t < tw.count; t++) {
            if (tw.kind[t] == Tweets.TWEET) continue;
            responses++;
            long key = ((long) tw.author(t) * 4 + tw.kind[t]) * 10_000_000L + tw.parent[t];
            assertTrue(seen.add(key), "agent " + tw.author(t) + " made a second " + (tw.kind[t] == Tweets.REPLY ? "reply" : "quote")
                    + " to tweet " + tw.parent[t]);
        }
        assertTrue(responses > 50, "the run produced replies and quotes to check: " + responses);
        // The per-tweet counts agree with the table.
        int[] replies = new int[tw.count], quotes = new int[tw.count];
        for (int t = 0; t < tw.count; t++) {
            if (tw.kind[t] == Tweets.REPLY) replies[tw.parent[t]]++;
            if (tw.kind[t] == Tweets.QUOTE) quotes[tw.parent[t]]++;
        }
        assertArrayEquals(replies, Arrays.copyOf(tw.column(Tweets.REPLIES), tw.count));
        assertArrayEquals(quotes, Arrays.copyOf(tw.column(Tweets.QUOTES), tw.count));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim01", "sim02", "sim06", "sim08", "sim09", "sim11", "sim16"})
    void invariantsHoldAtEveryStep(String scenario) {
        DiluvsionSetup s = Fixtures.small(scenario, AGENTS, 400);
        DiluvsionWorld w = Fixtures.world(s, Fixtures.graphFor(s, 8, 3), 11);
        for (int step = 0; step < s.steps(); step++) {
            Before b = new Before(w);
            assertEquals(step, w.currentStep());
            w.step();
            checkStep(w, b, step);
        }
        checkOnePerTweet(w);
        if (s.bots().themes() == BotSettings.ThemeMode.CONSERVE) {
            int t7 = 0;
            for (int a = 0; a < w.agents.n; a++) if (ThemeMask.has(w.agents.themes[a], 6)) t7++;
            assertTrue(t7 >= s.bots().count(), "every conserving bot holds T7: " + t7);
        }
    }

    /** With no overflow an agent never acts past its weekly quota; quotas reset every 336 steps. */
    @Test
    void weeklyQuotaIsNeverExceededWithoutOverflow() {
        DiluvsionSetup base = Fixtures.small("sim01", AGENTS, 700);
        DiluvsionSetup s = Fixtures.setup(700, Fixtures.withOverflow(base.parameters(), 0.0), base.bots());
        DiluvsionWorld w = Fixtures.world(s, Fixtures.graphFor(s, 8, 4), 12);
        Agents ag = w.agents;
        int[] week = new int[ag.n];
        int atQuota = 0, secondWeekActions = 0;
        for (int step = 0; step < s.steps(); step++) {
            if (step % Clock.STEPS_PER_WEEK == 0) {
                for (int a = 0; a < ag.n; a++) if (week[a] == ag.weeklyQuota[a]) atQuota++;
                Arrays.fill(week, 0);
            }
            int[] before = ag.quotaUsed.clone();
            boolean reset = step % Clock.STEPS_PER_WEEK == 0;
            w.step();
            for (int a = 0; a < ag.n; a++) {
                week[a] += ag.quotaUsed[a] - (reset ? 0 : before[a]);
                assertTrue(week[a] <= ag.weeklyQuota[a], "step " + step + ": agent " + a + " did " + week[a]
                        + " actions this week, quota " + ag.weeklyQuota[a]);
                if (step >= Clock.STEPS_PER_WEEK) secondWeekActions += ag.quotaUsed[a] - (reset ? 0 : before[a]);
            }
        }
        assertTrue(atQuota > AGENTS / 2, "the limit binds: " + atQuota + " agents reached their quota in week 1");
        assertTrue(secondWeekActions > AGENTS * 5, "quotas reset: " + secondWeekActions + " actions after step 336");
        // Independent of the quota counter: tweets authored per agent per week (from the tweet table).
        int[][] authored = new int[3][ag.n];
        for (int t = 0; t < w.tweets.count; t++) authored[w.tweets.step[t] / Clock.STEPS_PER_WEEK][w.tweets.author(t)]++;
        for (int[] weekly : authored) for (int a = 0; a < ag.n; a++) assertTrue(weekly[a] <= ag.weeklyQuota[a], "agent " + a);
    }

    /** With the paper's 1% overflow some agents do act past their quota (the check above is not vacuous). */
    @Test
    void overflowLetsSomeActionsPastTheQuota() {
        DiluvsionSetup s = Fixtures.small("sim01", AGENTS, 336);
        DiluvsionWorld w = Fixtures.world(s, Fixtures.graphFor(s, 8, 4), 12);
        for (int step = 0; step < s.steps(); step++) w.step();
        int over = 0;
        for (int a = 0; a < w.agents.n; a++) if (w.agents.quotaUsed[a] > w.agents.weeklyQuota[a]) over++;
        assertTrue(over > 0, "no agent overflowed in a week");
    }

    @Test
    void sameSeedAndRunIndexGiveIdenticalRunsAnotherRunIndexDoesNot() {
        DiluvsionSetup s = Fixtures.small("sim01", AGENTS, 300);
        FollowerGraph g = Fixtures.graphFor(s, 8, 5);
        long edges = g.edgeCount();
        DiluvsionRun a = DiluvsionModel.run(s, g, new RandomStreams(42), 0);
        DiluvsionRun b = DiluvsionModel.run(s, g, new RandomStreams(42), 0);
        DiluvsionRun c = DiluvsionModel.run(s, g, new RandomStreams(42), 1);
        DiluvsionRun d = DiluvsionModel.run(s, g, new RandomStreams(43), 0);
        assertEquals(edges, g.edgeCount(), "the run's graph is not mutated");
        assertEquals(301, a.steps().steps(), "row 0 is the start, then one row per step");
        assertEquals(a.steps().columns(), b.steps().columns());
        assertTrue(Arrays.deepEquals(a.steps().values(), b.steps().values()), "same seed and run: same step series");
        assertTrue(equal(a.tweets(), b.tweets()), "same seed and run: same tweet table");
        assertTrue(equal(a.agents(), b.agents()), "same seed and run: same agent table");
        assertFalse(Arrays.deepEquals(a.steps().values(), c.steps().values()), "another run index: another run");
        assertFalse(equal(a.tweets(), c.tweets()));
        assertFalse(Arrays.deepEquals(a.steps().values(), d.steps().values()), "another seed: another run");
    }

    /** The recorded series are the world's counters: row 0 is the start state, the last row a world stepped by hand. */
    @Test
    void recordedSeriesMatchesTheWorldsCounters() {
        DiluvsionSetup s = Fixtures.small("sim01", AGENTS, 50);
        FollowerGraph g = Fixtures.graphFor(s, 8, 6);
        DiluvsionRun run = DiluvsionModel.run(s, g, new RandomStreams(7), 0);
        DiluvsionWorld w = WorldBuilder.build(s, g, new RandomStreams(7), 0);
        for (int step = 0; step < 50; step++) w.step();
        DiluvsionParameters.StanceCounts start = s.parameters().population().startStances();
        for (int st = 0; st < 3; st++) {
            String column = DiluvsionMetrics.stance(Stance.ALL[st]);
            assertEquals(start.get(st), run.steps().first(column), "start row");
            assertEquals(w.counters.stanceCount[st], run.steps().last(column));
        }
        assertEquals(51, run.steps().steps());
        double[] total = new double[3];
        for (int st = 0; st < 3; st++) total[st] = run.steps().column(DiluvsionMetrics.stance(Stance.ALL[st]))[10];
        assertEquals(AGENTS, total[0] + total[1] + total[2]);
        assertEquals(w.tweets.count, run.tweets().rows());
        long actions = 0;
        for (Action a : Action.ALL) for (double v : run.steps().column(DiluvsionMetrics.action(a))) actions += (long) v;
        assertTrue(actions > 0);
    }

    private static boolean equal(EntityTable x, EntityTable y) {
        return x.columns().equals(y.columns()) && Arrays.deepEquals(x.values(), y.values());
    }
}
