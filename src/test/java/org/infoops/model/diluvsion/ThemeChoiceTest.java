package org.infoops.model.diluvsion;

import static org.infoops.model.diluvsion.Fixtures.themes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infoops.graph.FollowerGraph;
import org.junit.jupiter.api.Test;

/** Theme adoption and the themes of outgoing tweets (Diluvsion §3.4, §3.5, §3.8.2; spec §2.7). */
class ThemeChoiceTest {
    private static final int NEG = 0, POS = 2;
    private static final int A = 0;

    private static DiluvsionWorld world(long seed) {
        return world(seed, Fixtures.withSpecThemeReadings(Fixtures.parameters(20)));
    }

    private static DiluvsionWorld world(long seed, DiluvsionParameters p) {
        return world(seed, p, 0);
    }

    private static DiluvsionWorld world(long seed, DiluvsionParameters p, int bots) {
        DiluvsionWorld w = Fixtures.world(Fixtures.setup(1, p, Fixtures.bots(bots, 1, 1, 0)), new FollowerGraph(20), seed);
        return w;
    }

    private static int tweet(DiluvsionWorld w, int author, int stance, int themeMask) {
        return w.tweets.create(author, Tweets.TWEET, stance, themeMask, -1, 0);
    }

    /** Gives agent A the theme set {@code oneBased}, used least recently first in the order given. */
    private static void hold(DiluvsionWorld w, int agent, int... oneBased) {
        w.setThemes(agent, themes(oneBased));
        for (int t : oneBased) w.agents.touchTheme(agent, t - 1);
    }

    private static String fmt(int mask) {
        return ThemeMask.format(mask);
    }

    private static void assertThemes(int expected, int actual) {
        assertEquals(fmt(expected), fmt(actual));
    }

    @Test
    void humanAdoptsTheTwoMostFrequentWinningThemesAndEvictsTheLeastRecentlyUsed() {
        DiluvsionWorld w = world(1);
        w.agents.stance[A] = POS;
        hold(w, A, 1, 2, 3, 4); // T1 least recently used
        Fixtures.see(w, A, tweet(w, 1, POS, themes(5, 6)));
        Fixtures.see(w, A, tweet(w, 2, POS, themes(5, 6)));
        Fixtures.see(w, A, tweet(w, 3, POS, themes(5, 7)));
        for (int i = 0; i < 5; i++) Fixtures.see(w, A, tweet(w, 4, NEG, themes(8))); // not the winning stance
        w.themeChoice.adoptOnInfection(A, POS);
        assertThemes(themes(2, 3, 4, 5, 6), w.agents.themes[A]);
        int[] holders = new int[12];
        for (int a = 0; a < w.agents.n; a++) for (int t = 0; t < 12; t++) if (ThemeMask.has(w.agents.themes[a], t)) holders[t]++;
        assertEquals(java.util.Arrays.toString(holders), java.util.Arrays.toString(w.counters.themeHolders));
    }

    @Test
    void fullSetTakesTwoNewAndDropsTheTwoLeastRecentlyUsed() {
        DiluvsionWorld w = world(2);
        hold(w, A, 3, 1, 5, 2, 4); // recency order: T3 oldest, then T1
        for (int i = 0; i < 3; i++) Fixtures.see(w, A, tweet(w, 1, NEG, themes(6)));
        for (int i = 0; i < 2; i++) Fixtures.see(w, A, tweet(w, 2, NEG, themes(7)));
        Fixtures.see(w, A, tweet(w, 3, NEG, themes(8, 9)));
        w.themeChoice.adoptOnInfection(A, NEG);
        assertThemes(themes(2, 4, 5, 6, 7), w.agents.themes[A]);
    }

    @Test
    void heldThemesInTheTweetsAreNotNewAndOwnTweetsCount() {
        DiluvsionWorld w = world(3);
        hold(w, A, 1, 2);
        for (int i = 0; i < 5; i++) Fixtures.see(w, A, tweet(w, 1, POS, themes(1)));
        Fixtures.see(w, A, tweet(w, 2, POS, themes(3)));
        w.ownTweets.push(A, tweet(w, A, POS, themes(9)));
        w.ownTweets.push(A, tweet(w, A, POS, themes(9)));
        w.themeChoice.adoptOnInfection(A, POS);
        assertThemes(themes(1, 2, 3, 9), w.agents.themes[A]);
    }

    @Test
    void humanNeverAdoptsMoreThanTwoNorHoldsMoreThanFive() {
        DiluvsionWorld w = world(4);
        for (int trial = 0; trial < 300; trial++) {
            int held = 1 + trial % 5;
            int[] start = new int[held];
            for (int i = 0; i < held; i++) start[i] = 1 + (trial + 3 * i) % 12;
            start = java.util.Arrays.stream(start).distinct().toArray();
            hold(w, A, start);
            int before = w.agents.themes[A];
            for (int i = 0; i < 8; i++) Fixtures.see(w, A, tweet(w, 1 + i, POS, 1 + (trial * 7 + i * 5) % 0xFFF));
            w.themeChoice.adoptOnInfection(A, POS);
            int after = w.agents.themes[A];
            assertTrue(ThemeMask.size(after) <= 5, fmt(after));
            assertTrue(ThemeMask.size(after & ~before) <= 2, fmt(before) + " -> " + fmt(after));
            assertTrue(ThemeMask.size(after) >= Math.min(5, ThemeMask.size(before)), "adoption never shrinks a set below 5");
        }
    }

    /** Bot update (spec §2.7): conserved first, then the most recently used half; fill to 5 from seen memory, <= 2 new. */
    @Test
    void botUpdateKeepsConservedAndRecentHalfAndAddsAtMostTwoNew() {
        DiluvsionWorld w = world(5);
        int bot = 1;
        w.agents.bot[bot] = true;
        w.agents.adoptThemes[bot] = true;
        w.agents.conservedThemes[bot] = themes(7);
        hold(w, bot, 1, 2, 3, 4); // T4 most recently used
        int[][] seen = {{8, 5}, {9, 4}, {10, 3}, {1, 2}};
        for (int[] ts : seen) for (int i = 0; i < ts[1]; i++) Fixtures.see(w, bot, tweet(w, 5, NEG, themes(ts[0])));
        w.themeChoice.updateBotThemes(bot);
        // kept: T7 (conserved), T4 (most recent); then T8, T9 (new, the limit), T10 skipped (a third new), T1 (held before)
        assertThemes(themes(1, 4, 7, 8, 9), w.agents.themes[bot]);
    }

    @Test
    void botUpdateRespectsItsLimitsOverManySteps() {
        DiluvsionWorld w = world(6);
        int bot = 1;
        w.agents.bot[bot] = true;
        w.agents.adoptThemes[bot] = true;
        w.agents.conservedThemes[bot] = themes(7);
        hold(w, bot, 2);
        java.util.SplittableRandom r = new java.util.SplittableRandom(6);
        for (int step = 0; step < 500; step++) {
            int before = w.agents.themes[bot];
            for (int i = 0; i < 20; i++) Fixtures.see(w, bot, tweet(w, 2 + r.nextInt(10), NEG, 1 + r.nextInt(0xFFF)));
            w.themeChoice.updateBotThemes(bot);
            int after = w.agents.themes[bot];
            assertTrue(ThemeMask.has(after, 6), "conserved T7 kept: " + fmt(after));
            assertTrue(ThemeMask.size(after) <= 5, fmt(after));
            assertTrue(ThemeMask.size(after & ~before & ~themes(7)) <= 2, fmt(before) + " -> " + fmt(after));
        }
    }

    @Test
    void botWithoutAdoptionOnlyGainsItsConservedThemes() {
        DiluvsionWorld w = world(7);
        int bot = 1;
        w.agents.bot[bot] = true;
        w.agents.adoptThemes[bot] = false;
        w.agents.conservedThemes[bot] = themes(7);
        hold(w, bot, 2, 3);
        for (int i = 0; i < 10; i++) Fixtures.see(w, bot, tweet(w, 2, NEG, themes(9)));
        w.themeChoice.updateBotThemes(bot);
        assertThemes(themes(2, 3, 7), w.agents.themes[bot]);
    }

    @Test
    void botTweetsCarryConservedThemesAndHalfTheParentsThemes() {
        DiluvsionWorld w = world(8);
        int bot = 1;
        w.agents.bot[bot] = true;
        w.agents.conservedThemes[bot] = themes(7);
        hold(w, bot, 1, 2, 3, 7);
        int parent = tweet(w, 2, POS, themes(9, 10));
        for (int i = 0; i < 500; i++) {
            int reply = w.themeChoice.botTweetThemes(bot, parent);
            assertTrue(ThemeMask.has(reply, 6), "conserved theme in every tweet: " + fmt(reply));
            assertEquals(4, ThemeMask.size(reply), "k = the bot's set size: " + fmt(reply));
            assertTrue(ThemeMask.size(reply & themes(9, 10)) >= 1, "half from the parent: " + fmt(reply));
            assertEquals(0, reply & ~themes(1, 2, 3, 7, 9, 10), "only own, conserved or parent themes: " + fmt(reply));
        }
        // An independent tweet: half from the most common seen themes.
        for (int i = 0; i < 6; i++) Fixtures.see(w, bot, tweet(w, 3, NEG, themes(11)));
        for (int i = 0; i < 500; i++) {
            int own = w.themeChoice.botTweetThemes(bot, -1);
            assertTrue(ThemeMask.has(own, 6), fmt(own));
            assertTrue(ThemeMask.has(own, 10), "most common seen theme T11: " + fmt(own));
            assertEquals(4, ThemeMask.size(own), fmt(own));
        }
    }

    @Test
    void parentSizedBotRepliesTakeHalfTheParentsThemesAndAsManyOfTheBotsOwn() {
        DiluvsionWorld w = world(8, Fixtures.withBotResponse(Fixtures.parameters(20), DiluvsionParameters.BotPool.OWN,
                DiluvsionParameters.BotResponse.PARENT_SIZE));
        int bot = 1;
        w.agents.bot[bot] = true;
        hold(w, bot, 1, 2, 3, 4, 5);
        int oneTheme = tweet(w, 2, POS, themes(9));
        int threeThemes = tweet(w, 2, POS, themes(9, 10, 11));
        for (int i = 0; i < 200; i++) {
            int reply = w.themeChoice.botTweetThemes(bot, oneTheme);
            assertEquals(2, ThemeMask.size(reply), "the parent's one theme and one of the bot's: " + fmt(reply));
            assertTrue(ThemeMask.has(reply, 8), fmt(reply));
            reply = w.themeChoice.botTweetThemes(bot, threeThemes);
            assertEquals(2, ThemeMask.size(reply & themes(9, 10, 11)), "two of the parent's three: " + fmt(reply));
            assertEquals(1, ThemeMask.size(reply & themes(1, 2, 3, 4, 5)), "one of the bot's own: " + fmt(reply));
        }
        assertEquals(5, ThemeMask.size(w.themeChoice.botTweetThemes(bot, -1)), "independent tweets keep the set's size");
    }

    @Test
    void humanRepliesAndQuotesCopyTheParentsThemes() {
        DiluvsionWorld w = world(9);
        hold(w, A, 1);
        int parent = tweet(w, 2, NEG, themes(4, 11, 12));
        assertThemes(themes(4, 11, 12), w.themeChoice.humanResponseThemes(A, parent));
        int bare = tweet(w, 2, NEG, 0);
        assertEquals(0, w.themeChoice.humanResponseThemes(A, bare));
    }

    /**
     * An independent human tweet (spec §2.7): k from the start theme-count distribution truncated at the set size,
     * themes weighted by 1 + uses in its own recent tweets.
     */
    @Test
    void humanTweetThemesFollowTheTruncatedCountDistributionAndRecentUse() {
        DiluvsionWorld w = world(10);
        hold(w, A, 1, 2);
        for (int i = 0; i < 4; i++) w.ownTweets.push(A, tweet(w, A, POS, themes(1)));
        int n = 20_000, ones = 0, t1Alone = 0;
        java.util.List<Integer> dist = w.params.population().themeCountDistribution();
        for (int i = 0; i < n; i++) {
            int m = w.themeChoice.humanTweetThemes(A);
            assertEquals(0, m & ~themes(1, 2), "only held themes");
            assertTrue(ThemeMask.size(m) >= 1 && ThemeMask.size(m) <= 2);
            if (ThemeMask.size(m) == 1) {
                ones++;
                if (m == themes(1)) t1Alone++;
            }
        }
        double pOne = dist.get(0) / (double) (dist.get(0) + dist.get(1));
        assertEquals(pOne, ones / (double) n, 5 * Math.sqrt(pOne * (1 - pOne) / n), "P(k = 1) truncated at 2 themes");
        assertEquals(5.0 / 6, t1Alone / (double) ones, 5 * Math.sqrt(5.0 / 36 / ones), "T1 weight 1 + 4 uses vs T2 weight 1");

        hold(w, A, 1, 2, 3, 4, 5);
        int[] bySize = new int[6];
        for (int i = 0; i < n; i++) bySize[ThemeMask.size(w.themeChoice.humanTweetThemes(A))]++;
        double total = dist.stream().mapToInt(Integer::intValue).sum();
        for (int k = 1; k <= 5; k++) {
            double p = dist.get(k - 1) / total;
            assertEquals(p, bySize[k] / (double) n, 5 * Math.sqrt(p * (1 - p) / n) + 1e-9, "P(k = " + k + ")");
        }
        hold(w, A);
        assertEquals(0, w.themeChoice.humanTweetThemes(A), "no themes held, none tweeted");
    }

    @Test
    void replaceKeepsSixtyPercentOfTheSetAndTakesTheWinningThemes() {
        DiluvsionWorld w = world(7, Fixtures.withThemeReadings(Fixtures.parameters(20), DiluvsionParameters.AdoptOn.CONVERSION,
                DiluvsionParameters.AdoptMode.REPLACE, DiluvsionParameters.BotPool.OWN));
        hold(w, A, 1, 2, 3); // T3 most recently used, then T2; floor(0.6 x 3) = 1 kept
        for (int i = 0; i < 3; i++) Fixtures.see(w, A, tweet(w, 1, NEG, themes(6)));
        for (int i = 0; i < 2; i++) Fixtures.see(w, A, tweet(w, 2, NEG, themes(7)));
        Fixtures.see(w, A, tweet(w, 3, NEG, themes(8)));
        w.themeChoice.adoptOnInfection(A, NEG);
        assertThemes(themes(3, 6, 7), w.agents.themes[A]);
    }

    @Test
    void replaceOnASingleThemeSwapsItForTheWinningOnes() {
        DiluvsionWorld w = world(8, Fixtures.withThemeReadings(Fixtures.parameters(20), DiluvsionParameters.AdoptOn.CONVERSION,
                DiluvsionParameters.AdoptMode.REPLACE, DiluvsionParameters.BotPool.OWN));
        hold(w, A, 4);
        for (int i = 0; i < 2; i++) Fixtures.see(w, A, tweet(w, 1, POS, themes(5, 9)));
        w.themeChoice.adoptOnInfection(A, POS);
        assertThemes(themes(5, 9), w.agents.themes[A]);
    }

    @Test
    void botsDrawTheirRandomHalfFromSeenThemesWhenThePoolIsSeen() {
        DiluvsionParameters p = Fixtures.withThemeReadings(Fixtures.parameters(20), DiluvsionParameters.AdoptOn.INFECTION,
                DiluvsionParameters.AdoptMode.ADD, DiluvsionParameters.BotPool.SEEN);
        for (long seed = 0; seed < 20; seed++) {
            DiluvsionWorld w = world(seed, p, 2);
            int bot = -1;
            for (int a = 0; a < w.agents.n; a++) if (w.agents.bot[a]) bot = a;
            hold(w, bot, 1, 2);
            Fixtures.see(w, bot, tweet(w, 0, NEG, themes(10, 11)));
            int chosen = w.themeChoice.botTweetThemes(bot, -1);
            assertEquals(0, chosen & ~themes(10, 11), "bot tweet themes " + fmt(chosen) + " outside the seen T10, T11");
        }
    }

    @Test
    void topTakesTheMostPopularThemesAsTheyStandSoHeldOnesBringNothingNew() {
        DiluvsionWorld w = world(9, Fixtures.withAdoptFrom(Fixtures.parameters(20), DiluvsionParameters.AdoptFrom.TOP,
                DiluvsionParameters.AdoptMode.ADD));
        hold(w, A, 3, 4);
        for (int i = 0; i < 3; i++) Fixtures.see(w, A, tweet(w, 1, NEG, themes(3)));
        for (int i = 0; i < 2; i++) Fixtures.see(w, A, tweet(w, 2, NEG, themes(4)));
        Fixtures.see(w, A, tweet(w, 3, NEG, themes(8)));
        w.themeChoice.adoptOnInfection(A, NEG);
        assertThemes(themes(3, 4), w.agents.themes[A]); // the top two are T3 and T4, both held: nothing new

        DiluvsionWorld u = world(9, Fixtures.withAdoptFrom(Fixtures.parameters(20), DiluvsionParameters.AdoptFrom.UNHELD,
                DiluvsionParameters.AdoptMode.ADD));
        hold(u, A, 3, 4);
        for (int i = 0; i < 3; i++) Fixtures.see(u, A, tweet(u, 1, NEG, themes(3)));
        Fixtures.see(u, A, tweet(u, 3, NEG, themes(8)));
        u.themeChoice.adoptOnInfection(A, NEG);
        assertThemes(themes(3, 4, 8), u.agents.themes[A]); // unheld reaches down to the first theme not held
    }

    @Test
    void weightedDrawsThemesInProportionToTheirOccurrences() {
        DiluvsionParameters p = Fixtures.withAdoptFrom(Fixtures.parameters(20), DiluvsionParameters.AdoptFrom.WEIGHTED,
                DiluvsionParameters.AdoptMode.ADD);
        int n = 2000, t5 = 0;
        for (long seed = 0; seed < n; seed++) {
            DiluvsionWorld w = world(seed, p);
            hold(w, A, 1);
            for (int i = 0; i < 3; i++) Fixtures.see(w, A, tweet(w, 1, NEG, themes(5)));
            Fixtures.see(w, A, tweet(w, 2, NEG, themes(6)));
            Fixtures.see(w, A, tweet(w, 3, NEG, themes(1)));
            w.themeChoice.adoptOnInfection(A, NEG);
            int held = w.agents.themes[A];
            assertEquals(0, held & ~themes(1, 5, 6), "only T1 and the read themes " + fmt(held));
            assertTrue(ThemeMask.size(held) >= 2 && ThemeMask.size(held) <= 3, "two draws, held T1 may be one");
            if (ThemeMask.has(held, 4)) t5++;
        }
        // P(T5 among two draws without replacement from weights 3, 1, 1) = 3/5 + 1/5 x 3/4 + 1/5 x 3/4 = 0.9
        assertEquals(0.9, t5 / (double) n, 5 * Math.sqrt(0.9 * 0.1 / n), "T5 drawn");
    }
}
