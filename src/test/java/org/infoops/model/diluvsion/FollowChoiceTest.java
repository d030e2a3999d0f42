package org.infoops.model.diluvsion;

import static org.infoops.model.diluvsion.Fixtures.themes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.infoops.graph.FollowerGraph;
import org.junit.jupiter.api.Test;

/** Whom an agent follows or unfollows (Diluvsion §3.2, §3.3; spec §2.6). */
class FollowChoiceTest {
    private static final int NEG = 0, NEU = 1, POS = 2;
    private static final int A = 0;

    private static DiluvsionWorld world(long seed) {
        DiluvsionParameters p = Fixtures.parameters(20);
        DiluvsionWorld w = Fixtures.world(Fixtures.setup(1, p, Fixtures.bots(0, 1, 1, 0)), new FollowerGraph(20), seed);
        set(w, A, POS, themes(1));
        set(w, 1, POS, themes(1));   // c = 1.8
        set(w, 2, NEU, themes(1));   // c = 0.5 + 0.8 = 1.3
        set(w, 3, NEG, themes(2));   // c = 0
        set(w, 4, POS, themes(1));
        return w;
    }

    private static void set(DiluvsionWorld w, int a, int stance, int mask) {
        w.agents.stance[a] = (byte) stance;
        w.agents.themes[a] = mask;
    }

    /** A sees {@code times} tweets by {@code user}: the seen-users memory is the authors of seen tweets. */
    private static void seen(DiluvsionWorld w, int user, int times) {
        for (int i = 0; i < times; i++) {
            int t = w.tweets.create(user, Tweets.TWEET, w.agents.stance[user], w.agents.themes[user], -1, 0);
            Fixtures.see(w, A, t);
        }
    }

    @Test
    void followWeighsSeenCountTimesCompatibilityAndSkipsSelfAndFollowees() {
        DiluvsionWorld w = world(1);
        seen(w, 1, 3);
        seen(w, 2, 1);
        seen(w, 3, 2);
        seen(w, 4, 5);
        seen(w, A, 2);
        w.graph.follow(A, 4);
        int n = 20_000;
        int[] count = new int[5];
        for (int i = 0; i < n; i++) count[w.followChoice.chooseFollowee(A)]++;
        assertEquals(0, count[A], "never itself");
        assertEquals(0, count[3], "zero compatibility, zero weight");
        assertEquals(0, count[4], "already followed");
        double p1 = 3 * 1.8 / (3 * 1.8 + 1 * 1.3);
        assertEquals(p1, count[1] / (double) n, 5 * Math.sqrt(p1 * (1 - p1) / n));
    }

    @Test
    void noCandidateMeansNoFollow() {
        DiluvsionWorld w = world(2);
        assertEquals(-1, w.followChoice.chooseFollowee(A));
        seen(w, A, 3);
        seen(w, 4, 1);
        w.graph.follow(A, 4);
        assertEquals(-1, w.followChoice.chooseFollowee(A));
        assertEquals(-1, w.followChoice.chooseUnfollowee(1), "follows nobody");
    }

    @Test
    void botFollowsTheArgmaxOfCountCompatibilityAndFollowers() {
        DiluvsionWorld w = world(3);
        w.agents.bot[A] = true;
        seen(w, 1, 1);   // count 1/6, c 1.8/3.1, followers 0
        seen(w, 2, 5);   // count 5/6, c 1.3/3.1, followers 0
        for (int i = 0; i < 20; i++) assertEquals(2, w.followChoice.chooseFollowee(A));
        for (int f = 10; f < 16; f++) w.graph.follow(f, 1); // followers tip the balance to user 1
        for (int i = 0; i < 20; i++) assertEquals(1, w.followChoice.chooseFollowee(A));
    }

    @Test
    void unfollowWeighsIncompatibilityWithAFloor() {
        DiluvsionWorld w = world(4);
        w.graph.follow(A, 1);
        w.graph.follow(A, 2);
        w.graph.follow(A, 3);
        double[] weight = {0.01, 1 - 1.3 / 1.8, 1.0}; // max(floor, 1 - c / 1.8)
        double total = weight[0] + weight[1] + weight[2];
        int n = 20_000;
        int[] count = new int[4];
        for (int i = 0; i < n; i++) count[w.followChoice.chooseUnfollowee(A)]++;
        for (int u = 1; u <= 3; u++) {
            double p = weight[u - 1] / total;
            assertEquals(p, count[u] / (double) n, 5 * Math.sqrt(p * (1 - p) / n) + 1e-9, "followee " + u);
        }
    }
}
