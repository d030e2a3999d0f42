package org.infoops.model.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/** SEI invariants of the paper's pseudocode and reproducibility across thread counts. */
class CascadeEngineTest {
    static final SpreadNetwork NET = smallWorld(3000, 5);
    static final CascadePost POST = new CascadePost(1, hub(NET), "vaccines cause harm", 0);

    static SpreadNetwork smallWorld(int users, long seed) {
        SyntheticRetweets.Base base = new SyntheticRetweets(users, 4, 4, 2.3, 300, 0.05, 0.5)
                .generate(new RandomStreams(seed).stream("synthetic"));
        return base.network();
    }

    static int hub(SpreadNetwork net) {
        int best = 0;
        for (int u = 1; u < net.nodeCount(); u++) if (net.followerCount(u) > net.followerCount(best)) best = u;
        return best;
    }

    @Test
    void noUserIsInfectedTwiceAndLayersFollowInfectors() {
        float[] qm = new float[NET.nodeCount()];
        Arrays.fill(qm, 0.3f);
        CascadeEngine engine = new CascadeSetup(NET, new StaticInfectionModel(0.08), qm, Mutation.KEEP_TEXT, Integer.MAX_VALUE)
                .engine(POST, Countermeasures.none(NET.nodeCount()));
        CascadeEngine.TrialState s = engine.newState();
        RandomStreams streams = new RandomStreams(3);
        int nonTrivial = 0;
        double delaySum = 0;
        long delays = 0;
        for (int t = 0; t < 50; t++) {
            engine.run(s, streams.stream("trial", t));
            boolean[] seen = new boolean[NET.nodeCount()];
            assertEquals(POST.author(), s.user(0));
            assertEquals(0, s.layer(s.user(0)));
            for (int i = 0; i < s.infected(); i++) {
                int v = s.user(i);
                assertTrue(!seen[v], "user " + v + " infected twice in trial " + t);
                seen[v] = true;
                if (i > 0) {
                    int u = s.infector(v);
                    assertTrue(seen[u], "infector became infective before the user it infected");
                    assertEquals(s.layer(u) + 1, s.layer(v), "layer of a user = 1 + layer of its infector");
                    assertTrue(s.time(v) >= s.time(u));
                    assertTrue(i == 0 || s.time(v) >= s.time(s.user(i - 1)) - 1e-6, "infective in order of exposure time");
                    delaySum += s.time(v) - s.time(u);
                    delays++;
                    CascadePost p = s.post(v);
                    assertTrue(p.author() == v || p.author() == s.post(u).author(), "a strain's originator is a quoting user or inherited");
                }
            }
            if (s.infected() > 10) nonTrivial++;
        }
        assertTrue(nonTrivial > 5, "cascades must spread in some trials");
        assertEquals(1.0, delaySum / delays, 0.1, "Delta ~ Exponential(1)");
    }

    @Test
    void sameSeedSameResultForAnyThreadCount() {
        CascadeSetup setup = CascadeSetup.of(NET, new StaticInfectionModel(0.08));
        CascadeResult one = setup.run(POST, 200, new RandomStreams(42), 1);
        CascadeResult three = setup.run(POST, 200, new RandomStreams(42), 3);
        assertArrayEquals(one.infections(), three.infections());
        assertArrayEquals(one.topSpreaders(20), three.topSpreaders(20));
        assertArrayEquals(one.communityRates(), three.communityRates());
        for (int l = 0; l <= one.maxLayer(); l++) assertArrayEquals(one.layer(l), three.layer(l));
        CascadeResult other = setup.run(POST, 200, new RandomStreams(43), 2);
        assertTrue(!Arrays.equals(one.infections(), other.infections()), "a different seed gives different trials");
    }

    @Test
    void probabilityExtremesTruncationAndBlocking() {
        // A directed chain 0 -> 1 -> 2 -> 3 plus 0 -> 4.
        SpreadNetwork chain = SpreadNetwork.fromEdges(5, new int[] {0, 1, 2, 0}, new int[] {1, 2, 3, 4});
        CascadePost post = new CascadePost(7, 0, "x", -1);
        RandomStreams rs = new RandomStreams(1);
        CascadeResult all = CascadeSetup.of(chain, new StaticInfectionModel(1.0)).run(post, 10, rs, 1);
        assertEquals(4.0, all.meanInfections());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, all.layer(2));
        assertArrayEquals(new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, all.layer(1));
        assertEquals(0.0, CascadeSetup.of(chain, new StaticInfectionModel(0.0)).run(post, 10, rs, 1).meanInfections());
        CascadeSetup firstLayer = new CascadeSetup(chain, new StaticInfectionModel(1.0), null, Mutation.KEEP_TEXT, 1);
        assertEquals(2.0, firstLayer.run(post, 5, rs, 1).meanInfections(), "truncated after the first layer");
        CascadeResult blocked = CascadeSetup.of(chain, new StaticInfectionModel(1.0))
                .run(post, Countermeasures.none(5).block(new int[] {1}), 5, rs, 1);
        assertEquals(2.0, blocked.meanInfections(), "a blocked user is infected but infects nobody");
        assertEquals(0, all.topSpreaders(1)[0], "the source infects two directly");
    }

    @Test
    void quotesCreateStrainsOriginatedByTheQuotingUser() {
        float[] qm = new float[NET.nodeCount()];
        Arrays.fill(qm, 1f);
        CascadeEngine engine = new CascadeSetup(NET, new StaticInfectionModel(0.05), qm, Mutation.KEEP_TEXT, Integer.MAX_VALUE)
                .engine(POST, Countermeasures.none(NET.nodeCount()));
        CascadeEngine.TrialState s = engine.newState();
        engine.run(s, new RandomStreams(9).stream("trial", 0));
        for (int i = 1; i < s.infected(); i++) {
            assertEquals(s.user(i), s.post(s.user(i)).author(), "QM = 1: every infected user quotes");
            assertEquals(POST.text(), s.post(s.user(i)).text(), "the default mutation keeps the text");
        }
    }
}
