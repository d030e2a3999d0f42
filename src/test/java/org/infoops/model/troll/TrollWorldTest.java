package org.infoops.model.troll;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import org.infoops.scenario.troll.TrollScenario;
import org.infoops.scenario.troll.TrollBinder;
import org.junit.jupiter.api.Test;

class TrollWorldTest {
    static TrollScenario small() {
        return new ScenarioLoader().load("troll/small", TrollScenario.class);
    }

    static TrollWorld run(TrollParameters p, long seed, PostingPolicy policy) {
        TrollWorld w = new TrollWorld(p, TrollSociety.build(p, seed), seed, false);
        w.run(policy);
        return w;
    }

    @Test
    void sameSeedSameWorld() {
        TrollParameters p = small().parameters();
        TrollWorld a = run(p, 1, PostingPolicy.NONE), b = run(p, 1, PostingPolicy.NONE);
        assertEquals(a.events(), b.events());
        assertEquals(a.posts().size(), b.posts().size());
        for (int q = 0; q < a.posts().size(); q++) {
            assertEquals(a.posts().time(q), b.posts().time(q));
            assertEquals(a.posts().attackTime(q), b.posts().attackTime(q));
            assertEquals(a.posts().comments(q), b.posts().comments(q));
        }
        int infl = 0, inflAttacked = 0, attacked = 0;
        for (int q = 0; q < a.posts().size(); q++) {
            if (a.posts().attacked(q)) attacked++;
            if (a.posts().author(q) >= a.backgroundUsers()) {
                infl++;
                if (a.posts().attacked(q)) inflAttacked++;
            }
        }
        System.out.printf("events %d posts %d attacked %d; influencer posts %d attacked %d; eval attacks %d%n",
                a.events(), a.posts().size(), attacked, infl, inflAttacked,
                a.influencerAttacks(p.world().trainingMinutes(), p.world().endMinutes()));
        assertTrue(attacked > 0 && attacked < a.posts().size());
    }

    /** Background users post inside their daily active windows (their own clock runs only there). */
    @Test
    void backgroundPostsFallInActiveHours() {
        TrollParameters p = small().parameters();
        TrollWorld w = run(p, 2, PostingPolicy.NONE);
        BackgroundUsers u = w.society().users();
        int inside = 0, total = 0;
        for (int q = 0; q < w.posts().size(); q++) {
            int a = w.posts().author(q);
            if (a >= w.backgroundUsers()) continue;
            total++;
            // the window's last minute is rounded up onto its end, hence isActive one minute earlier too
            if (u.isActive(a, w.posts().time(q)) || u.isActive(a, w.posts().time(q) - 1)) inside++;
        }
        assertTrue(total > 1000);
        assertEquals(total, inside);
    }
}
