package org.infoops.model.troll;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ReschedulingTest {
    static final long WEEK = 7L * 1440;

    @Test
    void onceOnlyAndWithinSevenDays() {
        Rescheduling r = new Rescheduling(WEEK);
        assertEquals(60, r.admit(60, false));
        assertEquals(0, r.admit(60, true), "a post postponed once is published when due again");
        assertEquals(WEEK, r.admit(WEEK, false));
        assertThrows(IllegalArgumentException.class, () -> r.admit(WEEK + 1, false));
        assertThrows(IllegalArgumentException.class, () -> r.admit(-1, false));
    }

    /** A policy that always postpones by 7 days: each post is postponed once, then published 7 days later. */
    @Test
    void worldEnforcesOnceOnlyWhateverThePolicyAsks() {
        TrollParameters p = TrollWorldTest.small().parameters();
        p = p.withWorld(new TrollParameters.World(200, 10, 10, 8, 24, 30, 10));
        TrollWorld w = new TrollWorld(p, TrollSociety.build(p, 5), 5, false);
        int[] asked = new int[1];
        w.run(due -> {
            asked[0]++;
            return WEEK;
        });
        int influencerPosts = 0;
        for (int q = 0; q < w.posts().size(); q++) {
            if (w.posts().author(q) < w.backgroundUsers()) continue;
            influencerPosts++;
            assertTrue(w.posts().postponed(q));
            assertEquals(WEEK, w.posts().time(q) - w.posts().plannedTime(q), "postponed once, by the 7 days asked");
        }
        assertTrue(influencerPosts > 0);
        assertEquals(asked[0], w.reschedules().size() / 3, "every answer was a postponement, none a second one");
        for (int k = 0; k < w.reschedules().size(); k += 3) {
            assertTrue(w.reschedules().getLong(k + 2) - w.reschedules().getLong(k + 1) <= WEEK);
        }
    }

    @Test
    void postponementsStayInsideTheWindow() {
        Postponement pp = new Postponement(3, WEEK, 9);
        for (int k = 0; k < 10_000; k++) {
            long d = pp.draw(k % 3);
            assertTrue(d >= 1 && d <= WEEK, "delay " + d);
        }
    }
}
