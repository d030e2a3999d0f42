package org.infoops.model.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/** The paper's Eq-1 edge rule, the modified snowball sampling and Leiden communities. */
class NetworkSelectionTest {

    private static RetweetTable table(long[][] rows) {
        return RetweetTables.of(rows);
    }

    @Test
    void eq1EdgeExistsExactlyWhenTheAuthorWasRetweeted() {
        assertTrue(RetweetGraph.edge(1));
        assertFalse(RetweetGraph.edge(0));
        // 10 -> 20 retweeted (3 + 2 rows summed), 20 -> 10 once, 10 -> 40 never, 30 -> 30 a self-retweet.
        RetweetGraph g = RetweetGraph.of(table(new long[][] {{10, 20, 3}, {10, 40, 0}, {20, 10, 1}, {30, 30, 5}, {10, 20, 2}}));
        assertEquals(4, g.userCount());
        assertEquals(2, g.edgeCount());
        int u10 = g.indexOf(10), u20 = g.indexOf(20), u40 = g.indexOf(40);
        assertArrayEquals(new int[] {u20}, g.retweeters(u10));
        assertArrayEquals(new int[] {u10}, g.retweeters(u20));
        SpreadNetwork net = g.subnetwork(new int[] {u10, u20, u40});
        assertEquals(2, net.edgeCount());
        assertEquals(1, net.target(net.firstEdge(0)), "edge points from author to retweeter (the follower)");
        assertEquals(20L, net.userId(1));
        int[] sum = new int[1];
        g.forEachNeighbour(u10, (v, c) -> sum[0] += c);
        assertEquals(6, sum[0], "|R_10,20| = 5 out plus |R_20,10| = 1 in");
    }

    @Test
    void snowballAddsTheUserWithMostIncomingPlusOutgoingRetweetsFirst() {
        // Seed A=1. B=2 retweeted A 3 times; C=3 was retweeted by A twice and retweeted A twice (4 in all);
        // E=5 is reached only through B, D=4 only through E (10 retweets).
        RetweetGraph g = RetweetGraph.of(table(new long[][] {
                {1, 2, 3}, {3, 1, 2}, {1, 3, 2}, {4, 5, 10}, {2, 5, 2}, {6, 7, 1}}));
        int[] seeds = {g.indexOf(1)};
        assertArrayEquals(ids(g, 1, 3, 2), SnowballSampler.sample(g, seeds, 3));
        assertArrayEquals(ids(g, 1, 3, 2, 5, 4), SnowballSampler.sample(g, seeds, 5));
        // Users 6 and 7 never interact with N_A: sampling stops at the connected part.
        assertEquals(5, SnowballSampler.sample(g, seeds, 100).length);
        assertThrows(IllegalArgumentException.class, () -> SnowballSampler.sample(g, seeds, 0));
    }

    @Test
    void snowballBreaksTiesByTheSmallerUserId() {
        RetweetGraph g = RetweetGraph.of(table(new long[][] {{1, 9, 2}, {8, 1, 2}, {1, 7, 1}}));
        assertArrayEquals(ids(g, 1, 8, 9, 7), SnowballSampler.sample(g, new int[] {g.indexOf(1)}, 4));
    }

    private static int[] ids(RetweetGraph g, long... userIds) {
        int[] out = new int[userIds.length];
        for (int i = 0; i < out.length; i++) out[i] = g.indexOf(userIds[i]);
        return out;
    }

    @Test
    void leidenFindsPlantedCommunitiesReproducibly() {
        SyntheticRetweets.Base base = new SyntheticRetweets(2000, 4, 6, 2.5, 200, 0.03, 0.5)
                .generate(new RandomStreams(7).stream("synthetic"));
        SpreadNetwork net = base.network();
        int[] a = LeidenCommunities.detect(net, 1.0, 10, 11);
        assertArrayEquals(a, LeidenCommunities.detect(net, 1.0, 10, 11));
        // Most pairs of users in the same planted community share a Leiden community, few across.
        int same = 0, sameHit = 0, cross = 0, crossHit = 0;
        for (int u = 0; u < 2000; u += 7) {
            for (int v = u + 1; v < 2000; v += 13) {
                boolean planted = base.community()[u] == base.community()[v];
                boolean found = a[u] == a[v];
                if (planted) { same++; if (found) sameHit++; } else { cross++; if (found) crossHit++; }
            }
        }
        assertTrue(sameHit > 0.8 * same, sameHit + "/" + same);
        assertTrue(crossHit < 0.1 * cross, crossHit + "/" + cross);
        assertNotEquals(0, net.edgeCount());
    }
}
