package org.infoops.model.diluvsion;

import static org.infoops.model.diluvsion.Fixtures.themes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.EnumSet;
import org.infoops.graph.FollowerGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which seen tweet an agent likes, retweets, quotes or replies to (Diluvsion §3.8.2; spec §2.3, §2.5, §2.8).
 * Expected scores are computed here independently of {@link TweetTargeting}.
 */
class TweetTargetingTest {
    private static final int NEG = 0, NEU = 1, POS = 2;
    private static final int CHOOSER = 0;
    private static final EnumSet<Action> TARGETED = EnumSet.of(Action.LIKE, Action.RETWEET, Action.QUOTE, Action.REPLY);

    private static DiluvsionWorld world(long seed) {
        DiluvsionParameters p = Fixtures.parameters(20);
        return Fixtures.world(Fixtures.setup(1, p, Fixtures.bots(0, 1, 1, 0)), new FollowerGraph(20), seed);
    }

    private static int tweet(DiluvsionWorld w, int author, int stance, int themeMask, int likes, int retweets, int replies) {
        int t = w.tweets.create(author, Tweets.TWEET, stance, themeMask, -1, 0);
        w.tweets.set(t, Tweets.LIKES, likes);
        w.tweets.set(t, Tweets.RETWEETS, retweets);
        w.tweets.set(t, Tweets.REPLIES, replies);
        return t;
    }

    /** Raw engagement g and compatibility c of each candidate for an action (spec §2.3). */
    private static double[][] raw(DiluvsionWorld w, Action action, int stance, int agentThemes, int[] cand) {
        DiluvsionParameters.ActionWeights aw = w.params.targetChoice().forAction(action);
        DiluvsionParameters.Compatibility cp = w.params.compatibility();
        DiluvsionParameters.Weights cw = switch (action) {
            case REPLY -> cp.reply();
            case QUOTE -> cp.quote();
            default -> cp.standard();
        };
        double[][] gc = new double[2][cand.length];
        for (int i = 0; i < cand.length; i++) {
            int t = cand[i];
            gc[0][i] = aw.like() * w.tweets.likes(t) + aw.retweet() * w.tweets.retweets(t) + aw.reply() * w.tweets.replies(t);
            double cs = 1 - Math.abs(stance - w.tweets.stance(t)) / 2.0;
            if (action == Action.REPLY) cs = 1 - cs;
            gc[1][i] = cw.stance() * cs + cw.theme() * ThemeMask.jaccard(agentThemes, w.tweets.themes(t));
        }
        return gc;
    }

    private static double[] normalised(double[] v) {
        double s = Arrays.stream(v).sum();
        return Arrays.stream(v).map(x -> s == 0 ? 0 : x / s).toArray();
    }

    /** Human choice probabilities p = w_g g + w_c c over the candidates, normalised to sum 1. */
    private static double[] humanProbabilities(DiluvsionWorld w, Action action, int stance, int agentThemes, int[] cand) {
        DiluvsionParameters.ActionWeights aw = w.params.targetChoice().forAction(action);
        double[][] gc = raw(w, action, stance, agentThemes, cand);
        double[] g = normalised(gc[0]), c = normalised(gc[1]);
        double[] p = new double[cand.length];
        for (int i = 0; i < p.length; i++) p[i] = aw.engagement() * g[i] + aw.compatibility() * c[i];
        return normalised(p);
    }

    private static int[] frequencies(DiluvsionWorld w, Action action, int[] tweetIds, int trials) {
        int[] count = new int[tweetIds.length];
        for (int i = 0; i < trials; i++) {
            int t = w.targeting.choose(CHOOSER, action);
            int k = indexOf(tweetIds, t);
            if (k < 0) throw new AssertionError(action + " chose tweet " + t + ", not a candidate " + Arrays.toString(tweetIds));
            count[k]++;
        }
        return count;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    private static void assertFrequencies(double[] p, int[] count, int trials, String what) {
        for (int i = 0; i < p.length; i++) {
            double tol = 5 * Math.sqrt(p[i] * (1 - p[i]) / trials) + 1e-9;
            assertEquals(p[i], count[i] / (double) trials, tol, what + " candidate " + i + ": expected " + Arrays.toString(p)
                    + " got " + Arrays.toString(count));
        }
    }

    @Test
    void emptyMemoryMeansNoTarget() {
        DiluvsionWorld w = world(1);
        for (Action a : TARGETED) assertEquals(-1, w.targeting.choose(CHOOSER, a), a.label());
    }

    @Test
    void ownTweetsAreNeverCandidates() {
        DiluvsionWorld w = world(2);
        Fixtures.see(w, CHOOSER, tweet(w, CHOOSER, POS, themes(1), 9, 9, 9));
        for (Action a : TARGETED) assertEquals(-1, w.targeting.choose(CHOOSER, a), a.label());
    }

    @Test
    void aTweetActedOnIsExcludedForThatActionOnly() {
        DiluvsionWorld w = world(3);
        int t = tweet(w, 1, POS, themes(1), 1, 1, 1);
        Fixtures.see(w, CHOOSER, t);
        engaged(w, CHOOSER, t, Action.LIKE);
        assertEquals(-1, w.targeting.choose(CHOOSER, Action.LIKE));
        assertEquals(t, w.targeting.choose(CHOOSER, Action.RETWEET));
        assertEquals(t, w.targeting.choose(CHOOSER, Action.QUOTE));
        assertEquals(t, w.targeting.choose(CHOOSER, Action.REPLY));
        engaged(w, CHOOSER, t, Action.REPLY);
        assertEquals(-1, w.targeting.choose(CHOOSER, Action.REPLY));
        assertEquals(t, w.targeting.choose(CHOOSER, Action.QUOTE));
    }

    /**
     * A human draws with p = w_g g + w_c c, each term normalised over the distinct eligible candidates; a duplicate
     * in the bin, an own tweet and a tweet already acted on change nothing.
     */
    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"LIKE", "RETWEET", "QUOTE", "REPLY"})
    void humanChoiceFrequenciesFollowTheWeightedScores(Action action) {
        DiluvsionWorld w = world(10 + action.ordinal());
        int stance = POS, agentThemes = themes(1);
        w.agents.stance[CHOOSER] = (byte) stance;
        w.agents.themes[CHOOSER] = agentThemes;
        int t1 = tweet(w, 1, NEG, themes(1), 4, 1, 0);
        int t2 = tweet(w, 2, NEU, themes(2), 0, 3, 2);
        int t3 = tweet(w, 3, POS, themes(1, 2), 1, 0, 0);
        int own = tweet(w, CHOOSER, POS, themes(1), 50, 50, 50);
        int done = tweet(w, 4, POS, themes(1), 50, 50, 50);
        engaged(w, CHOOSER, done, action);
        for (int t : new int[] {t1, own, t2, done, t1, t3}) Fixtures.see(w, CHOOSER, t);
        int[] cand = {t1, t2, t3};
        double[] p = humanProbabilities(w, action, stance, agentThemes, cand);
        int trials = 20_000;
        assertFrequencies(p, frequencies(w, action, cand, trials), trials, action.label());
    }

    /** Spec §2.3: for a reply, an opposite-pole tweet is the more attractive target (stance term inverted). */
    @Test
    void humansReplyToOppositeStancesMoreThanTheyLikeThem() {
        DiluvsionWorld w = world(5);
        w.agents.stance[CHOOSER] = POS;
        w.agents.themes[CHOOSER] = 0;
        int con = tweet(w, 1, NEG, 0, 0, 0, 0);
        int pro = tweet(w, 2, POS, 0, 0, 0, 0);
        Fixtures.see(w, CHOOSER, con);
        Fixtures.see(w, CHOOSER, pro);
        int[] cand = {con, pro};
        int[] like = frequencies(w, Action.LIKE, cand, 2000);
        int[] reply = frequencies(w, Action.REPLY, cand, 2000);
        assertEquals(0, like[0], "no engagement, zero compatibility: never liked");
        assertEquals(0, reply[1], "no engagement, zero inverted compatibility: never replied to");
    }

    /** A bot takes the argmax of g + c + f (f = author follower count, all normalised over the candidates). */
    @Test
    void botPicksTheArgmaxOfEngagementCompatibilityAndFollowers() {
        DiluvsionWorld w = world(6);
        w.agents.bot[CHOOSER] = true;
        w.agents.stance[CHOOSER] = NEG;
        w.agents.themes[CHOOSER] = themes(1);
        int a = tweet(w, 1, NEG, themes(1), 0, 0, 0);     // most compatible
        int b = tweet(w, 2, POS, themes(2), 10, 0, 0);    // most liked
        int c = tweet(w, 3, NEU, themes(1, 2), 6, 0, 0);  // balanced
        for (int f = 10; f < 13; f++) w.graph.follow(f, 1);
        for (int f = 13; f < 16; f++) w.graph.follow(f, 3);
        int[] cand = {a, b, c};
        for (int t : cand) Fixtures.see(w, CHOOSER, t);
        double[][] gc = raw(w, Action.LIKE, NEG, themes(1), cand);
        double[] g = normalised(gc[0]), cc = normalised(gc[1]);
        double[] f = normalised(new double[] {3, 0, 3});
        int best = 0;
        for (int i = 1; i < 3; i++) if (g[i] + cc[i] + f[i] > g[best] + cc[best] + f[best]) best = i;
        assertEquals(2, best, "fixture: the balanced tweet wins the sum");
        assertNotEquals(best, argmax(g), "fixture: not the engagement argmax");
        assertNotEquals(best, argmax(cc), "fixture: not the compatibility argmax");
        for (int i = 0; i < 50; i++) assertEquals(cand[best], w.targeting.choose(CHOOSER, Action.LIKE));
    }

    @Test
    void ownStanceBotLikesSkipOtherStancesAndFailWhenNoneIsLeft() {
        DiluvsionParameters p = Fixtures.withBotLikes(Fixtures.parameters(20), DiluvsionParameters.BotLikes.OWN_STANCE);
        DiluvsionWorld w = Fixtures.world(Fixtures.setup(1, p, Fixtures.bots(0, 1, 1, 0)), new FollowerGraph(20), 6);
        w.agents.bot[CHOOSER] = true;
        w.agents.stance[CHOOSER] = NEG;
        int popular = tweet(w, 2, POS, themes(1), 50, 20, 0);
        int ownSide = tweet(w, 3, NEG, themes(2), 0, 0, 0);
        for (int f = 10; f < 14; f++) w.graph.follow(f, 2); // the popular tweet's author is followed, too
        Fixtures.see(w, CHOOSER, popular);
        Fixtures.see(w, CHOOSER, ownSide);
        assertEquals(ownSide, w.targeting.choose(CHOOSER, Action.LIKE), "the popular positive tweet is not a candidate");
        assertEquals(popular, w.targeting.choose(CHOOSER, Action.RETWEET), "retweets still weigh every tweet");
        engaged(w, CHOOSER, ownSide, Action.LIKE);
        assertEquals(-1, w.targeting.choose(CHOOSER, Action.LIKE), "no own-stance tweet left: the like is invalid");
        w.agents.bot[CHOOSER] = false;
        assertEquals(popular, w.targeting.choose(CHOOSER, Action.LIKE), "humans are not restricted");
    }

    /** Equal engagement and compatibility: the author's follower count decides (not the newest-first tie rule). */
    @Test
    void botFollowerTermBreaksOtherwiseEqualScores() {
        DiluvsionWorld w = world(9);
        w.agents.bot[CHOOSER] = true;
        w.agents.stance[CHOOSER] = NEG;
        w.agents.themes[CHOOSER] = themes(1);
        int older = tweet(w, 1, NEU, themes(1), 2, 2, 2);
        int newer = tweet(w, 2, NEU, themes(1), 2, 2, 2);
        w.graph.follow(10, 1);
        w.graph.follow(11, 1);
        w.graph.follow(12, 2);
        Fixtures.see(w, CHOOSER, older);
        Fixtures.see(w, CHOOSER, newer);
        for (Action a : TARGETED) {
            if (a == Action.REPLY || a == Action.QUOTE) continue; // those use the reply tactic
            assertEquals(older, w.targeting.choose(CHOOSER, a), a.label());
        }
        w.agents.primaryVulnerable[CHOOSER] = false;
        w.agents.primaryProbability[CHOOSER] = 1.0;
        assertEquals(older, w.targeting.choose(CHOOSER, Action.REPLY), "engagement tactic");
    }

    /**
     * The vulnerable tactic (primary with probability 1): replies and quotes go to the tweet whose author follows the
     * fewest accounts; likes still go to the argmax; with the tactic never used, replies go to the argmax too.
     */
    @Test
    void vulnerableTacticRepliesToTheAuthorWithTheFewestFollowees() {
        DiluvsionWorld w = world(7);
        w.agents.bot[CHOOSER] = true;
        w.agents.stance[CHOOSER] = NEG;
        w.agents.themes[CHOOSER] = themes(1);
        w.agents.primaryVulnerable[CHOOSER] = true;
        w.agents.primaryProbability[CHOOSER] = 1.0;
        int a = tweet(w, 1, POS, themes(1), 10, 10, 10); // the argmax for every action
        int b = tweet(w, 2, NEG, themes(3), 0, 0, 0);    // author follows 1
        int c = tweet(w, 3, NEU, themes(3), 0, 0, 0);    // author follows 2
        w.graph.follow(1, 10);
        w.graph.follow(1, 11);
        w.graph.follow(1, 12);
        w.graph.follow(2, 10);
        w.graph.follow(3, 10);
        w.graph.follow(3, 11);
        for (int t : new int[] {a, b, c}) Fixtures.see(w, CHOOSER, t);
        for (int i = 0; i < 50; i++) {
            assertEquals(b, w.targeting.choose(CHOOSER, Action.REPLY), "reply to the most vulnerable author");
            assertEquals(b, w.targeting.choose(CHOOSER, Action.QUOTE), "quote the most vulnerable author");
            assertEquals(a, w.targeting.choose(CHOOSER, Action.LIKE), "likes use the engagement rule");
            assertEquals(a, w.targeting.choose(CHOOSER, Action.RETWEET), "retweets use the engagement rule");
        }
        w.agents.primaryProbability[CHOOSER] = 0.0;
        for (int i = 0; i < 50; i++) assertEquals(a, w.targeting.choose(CHOOSER, Action.REPLY), "engagement tactic");
    }

    /** The 0.8 / 0.2 tactic split (spec §2.8) shows in the reply targets. */
    @Test
    void tacticSplitFollowsThePrimaryProbability() {
        DiluvsionWorld w = world(8);
        w.agents.bot[CHOOSER] = true;
        w.agents.primaryVulnerable[CHOOSER] = true;
        w.agents.primaryProbability[CHOOSER] = 0.8;
        w.agents.stance[CHOOSER] = NEG;
        w.agents.themes[CHOOSER] = themes(1);
        int a = tweet(w, 1, POS, themes(1), 10, 10, 10);
        int b = tweet(w, 2, NEG, themes(3), 0, 0, 0);
        w.graph.follow(1, 10);
        Fixtures.see(w, CHOOSER, a);
        Fixtures.see(w, CHOOSER, b);
        int n = 10_000, vulnerable = 0;
        for (int i = 0; i < n; i++) if (w.targeting.choose(CHOOSER, Action.REPLY) == b) vulnerable++;
        assertEquals(0.8, vulnerable / (double) n, 5 * Math.sqrt(0.16 / n));
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /** An agent has done {@code action} on tweet t, as the world records it: the agent marked, the tweet's count up. */
    static void engaged(DiluvsionWorld w, int agent, int t, Action action) {
        int slot = Agents.actionSlot(action);
        w.recordActed(agent, t, slot);
        w.tweets.increment(t, Tweets.LIKES + slot);
    }
}
