package org.infoops.model.diluvsion;

import static org.infoops.model.diluvsion.Fixtures.themes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infoops.graph.FollowerGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * read_conversion (Diluvsion §3.4, §3.8.2; spec §2.2, §2.3): infection when U exceeds resistance, the winning stance
 * drawn with probability proportional to w(s) = r_g(s)/m + m r_c(s), the resistance update by stance distance.
 * Tweets are placed in a tiny world's memory by hand; expected weights are computed here independently.
 */
class ReadConversionTest {
    private static final int NEG = 0, NEU = 1, POS = 2;
    private static final int READER = 0;
    private static final int TRIALS = 20_000;

    private static DiluvsionWorld world(DiluvsionParameters p, long seed) {
        DiluvsionSetup s = Fixtures.setup(1, p, Fixtures.bots(0, 1, 1, 0));
        return Fixtures.world(s, new FollowerGraph(p.population().agents()), seed);
    }

    private static DiluvsionWorld world(long seed) {
        return world(Fixtures.parameters(20), seed);
    }

    /** A tweet by {@code author} with the given engagement counts. */
    private static int tweet(DiluvsionWorld w, int author, int stance, int themeMask, int likes, int retweets, int replies) {
        int t = w.tweets.create(author, Tweets.TWEET, stance, themeMask, -1, 0);
        w.tweets.set(t, Tweets.LIKES, likes);
        w.tweets.set(t, Tweets.RETWEETS, retweets);
        w.tweets.set(t, Tweets.REPLIES, replies);
        return t;
    }

    /** Expected infection probabilities per stance, straight from spec §2.3 (over seen and own tweets). */
    private static double[] expected(DiluvsionWorld w, int stance, int agentThemes, int[] tweets) {
        DiluvsionParameters p = w.params;
        DiluvsionParameters.Weights std = p.compatibility().standard();
        double[] c = new double[3], l = new double[3], r = new double[3], q = new double[3];
        for (int t : tweets) {
            int s = w.tweets.stance(t);
            int d = Math.abs(stance - s);
            c[s] += std.stance() * (1 - d / 2.0) + std.theme() * ThemeMask.jaccard(agentThemes, w.tweets.themes(t));
            l[s] += w.tweets.likes(t);
            r[s] += w.tweets.retweets(t);
            q[s] += w.tweets.replies(t);
        }
        double m = 30;
        double[] weight = new double[3];
        double total = 0;
        for (int s = 0; s < 3; s++) {
            double rg = share(l, s) * 1.0 + share(r, s) * 0.5 + share(q, s) * -0.5;
            weight[s] = Math.max(0, rg / m + m * share(c, s));
            total += weight[s];
        }
        for (int s = 0; s < 3; s++) weight[s] /= total;
        return weight;
    }

    private static double share(double[] v, int s) {
        double sum = v[0] + v[1] + v[2];
        return sum == 0 ? 0 : v[s] / sum;
    }

    /** Reads TRIALS times from the same state (stance, themes, resistance 0 restored each time); stance frequencies. */
    private static double[] infectionFrequencies(DiluvsionWorld w, int stance, int agentThemes) {
        int[] count = new int[3];
        for (int i = 0; i < TRIALS; i++) {
            w.agents.stance[READER] = (byte) stance;
            w.agents.themes[READER] = agentThemes;
            w.agents.resistance[READER] = 0;
            w.conversion.read(READER);
            count[w.agents.stance[READER]]++;
        }
        return new double[] {count[0] / (double) TRIALS, count[1] / (double) TRIALS, count[2] / (double) TRIALS};
    }

    private static void assertFrequencies(double[] expected, double[] actual) {
        for (int s = 0; s < 3; s++) {
            double p = expected[s];
            double tolerance = 5 * Math.sqrt(p * (1 - p) / TRIALS) + 1e-9;
            assertEquals(p, actual[s], tolerance, "stance " + s + ": expected " + java.util.Arrays.toString(expected)
                    + ", got " + java.util.Arrays.toString(actual));
        }
    }

    /** Footnote 10 via spec §2.2: a positive agent with a con, a neutral and a pro tweet converts 0 : 1/3 : 2/3. */
    @Test
    void footnoteTenConversionShares() {
        DiluvsionWorld w = world(1);
        int[] tw = {tweet(w, 1, NEG, 0, 0, 0, 0), tweet(w, 2, NEU, 0, 0, 0, 0), tweet(w, 3, POS, 0, 0, 0, 0)};
        for (int t : tw) Fixtures.see(w, READER, t);
        double[] freq = infectionFrequencies(w, POS, 0);
        assertEquals(0.0, freq[NEG], "a zero-compatibility stance never wins");
        assertFrequencies(new double[] {0, 1.0 / 3, 2.0 / 3}, freq);
    }

    /**
     * With the compatibility weights set to 0 only the engagement term is left: r_g with {1, 0.5, -0.5} and per-type
     * normalisation. The positive stance's r_g is negative (replies) and is clamped to 0: it never wins.
     */
    @Test
    void engagementTermUsesItsWeightsPerTypeNormalisationAndTheClamp() {
        DiluvsionParameters.Weights zero = new DiluvsionParameters.Weights(0, 0);
        DiluvsionParameters p = Fixtures.withCompatibility(Fixtures.parameters(20),
                new DiluvsionParameters.Compatibility(zero, zero, zero));
        DiluvsionWorld w = world(p, 2);
        // likes 3/1/1 (sum 5), retweets 0/2/0 (sum 2), replies 1/1/2 (sum 4)
        int[] tw = {tweet(w, 1, NEG, 0, 3, 0, 1), tweet(w, 2, NEU, 0, 1, 2, 1), tweet(w, 3, POS, 0, 1, 0, 2)};
        for (int t : tw) Fixtures.see(w, READER, t);
        // r_g: neg 0.6 - 0.125 = 0.475, neu 0.2 + 0.5 - 0.125 = 0.575, pos 0.2 - 0.25 < 0 -> 0
        double[] freq = infectionFrequencies(w, NEU, 0);
        assertEquals(0.0, freq[POS], "negative weight is clamped to 0");
        assertFrequencies(new double[] {0.475 / 1.05, 0.575 / 1.05, 0}, freq);
        assertArrayEquals(new double[] {0.475 / 1.05, 0.575 / 1.05, 0}, expected(w, NEU, 0), 1e-12); // this test's own formula
    }

    /** Default weights, themes, engagement, and an own tweet: frequencies follow the full formula. */
    @Test
    void fullFormulaOverSeenAndOwnTweets() {
        DiluvsionWorld w = world(3);
        int agentThemes = themes(1, 2);
        int[] seen = {
                tweet(w, 1, NEG, themes(1), 10, 0, 0),
                tweet(w, 2, NEG, themes(3), 0, 0, 0),
                tweet(w, 3, POS, themes(1, 2), 0, 5, 3),
                tweet(w, 4, NEU, 0, 2, 0, 0),
                tweet(w, 5, POS, themes(2, 3, 4), 1, 1, 0)};
        for (int t : seen) Fixtures.see(w, READER, t);
        int own = tweet(w, READER, NEU, themes(1), 0, 0, 1);
        w.ownTweets.push(READER, own);
        double[] exp = expected(w, NEU, agentThemes);
        assertFrequencies(exp, infectionFrequencies(w, NEU, agentThemes));
        // Fixture sanity: the own tweet changes the weights enough for the check above to see it.
        double[] withoutOwn = expected(w, NEU, agentThemes, seen);
        assertTrue(exp[NEU] - withoutOwn[NEU] > 0.05, java.util.Arrays.toString(exp) + " vs " + java.util.Arrays.toString(withoutOwn));
    }

    private static double[] expected(DiluvsionWorld w, int stance, int agentThemes) {
        int n = w.seenTweets.size(READER) + w.ownTweets.size(READER);
        int[] tw = new int[n];
        int k = 0;
        for (int i = 0; i < w.seenTweets.size(READER); i++) tw[k++] = w.seenTweets.get(READER, i);
        for (int i = 0; i < w.ownTweets.size(READER); i++) tw[k++] = w.ownTweets.get(READER, i);
        return expected(w, stance, agentThemes, tw);
    }

    @Test
    void ownTweetsAloneCanInfect() {
        DiluvsionWorld w = world(4);
        w.ownTweets.push(READER, tweet(w, READER, NEU, themes(1), 0, 0, 0));
        double[] freq = infectionFrequencies(w, POS, themes(1));
        assertArrayEquals(new double[] {0, 1, 0}, freq);
    }

    @Test
    void fullResistanceNeverInfects() {
        DiluvsionWorld w = world(5);
        for (int i = 0; i < 10; i++) Fixtures.see(w, READER, tweet(w, 1 + i, NEG, themes(1), 5, 5, 0));
        w.agents.stance[READER] = POS;
        w.agents.themes[READER] = themes(1);
        w.agents.resistance[READER] = 1.0;
        w.counters.beginStep();
        for (int i = 0; i < 20_000; i++) w.conversion.read(READER);
        assertEquals(POS, w.agents.stance[READER]);
        assertEquals(0, w.counters.infections);
        assertEquals(1.0, w.agents.resistance[READER]);
    }

    /** The draw must exceed the resistance: infection probability 1 - r. */
    @Test
    void infectionProbabilityIsOneMinusResistance() {
        DiluvsionWorld w = world(6);
        Fixtures.see(w, READER, tweet(w, 1, POS, themes(1), 0, 0, 0));
        w.agents.stance[READER] = POS;
        w.agents.themes[READER] = themes(1);
        w.counters.beginStep();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            w.agents.resistance[READER] = 0.7;
            w.conversion.read(READER);
        }
        double rate = w.counters.infections / (double) n;
        assertEquals(0.3, rate, 5 * Math.sqrt(0.3 * 0.7 / n));
    }

    @Test
    void noWeightAnywhereMeansNoInfection() {
        DiluvsionWorld w = world(7);
        // Opposite-pole tweets without shared themes or engagement: every w(s) is 0.
        Fixtures.see(w, READER, tweet(w, 1, NEG, themes(2), 0, 0, 0));
        w.agents.stance[READER] = POS;
        w.agents.themes[READER] = themes(1);
        w.agents.resistance[READER] = 0;
        w.counters.beginStep();
        for (int i = 0; i < 1000; i++) w.conversion.read(READER);
        assertEquals(POS, w.agents.stance[READER]);
        assertEquals(0, w.counters.conversions);
    }

    /** +1% same stance, -0.5% neighbouring stance, -1% opposite pole; clamped to [0, 1] (§3.8.2 l.374). */
    @ParameterizedTest(name = "positive agent, resistance {1}, infected by stance {0} -> {2}")
    @CsvSource({
            "2, 0.6, 0.61",
            "1, 0.6, 0.595",
            "0, 0.6, 0.59",
            "2, 0.995, 1.0",
            "0, 0.004, 0.0",
            "1, 0.003, 0.0"})
    void resistanceMovesByStanceDistanceAndIsClamped(int tweetStance, double resistance, double after) {
        DiluvsionWorld w = world(8);
        Fixtures.see(w, READER, tweet(w, 1, tweetStance, themes(1), 0, 0, 0));
        w.agents.stance[READER] = POS;
        w.agents.themes[READER] = themes(1);
        w.agents.resistance[READER] = resistance;
        w.counters.recount();
        w.counters.beginStep();
        for (int i = 0; i < 1_000_000 && w.counters.infections == 0; i++) w.conversion.read(READER);
        assertEquals(1, w.counters.infections, "one infection happened");
        assertEquals(after, w.agents.resistance[READER], 1e-12);
        assertEquals(tweetStance, w.agents.stance[READER]);
        assertEquals(tweetStance == POS ? 0 : 1, w.counters.conversions);
        assertEquals(tweetStance == POS ? 0 : 1, w.agents.conversions[READER]);
        // The stance counters follow the conversion.
        int[] recount = new int[3];
        for (int a = 0; a < w.agents.n; a++) recount[w.agents.stance[a]]++;
        assertArrayEquals(recount, w.counters.stanceCount);
    }
}
