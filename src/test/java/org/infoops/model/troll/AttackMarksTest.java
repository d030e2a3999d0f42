package org.infoops.model.troll;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttackMarksTest {
    static final long THREE_DAYS = 3L * 1440;

    @Test
    void markLastsExactlyThreeDays() {
        AttackMarks m = new AttackMarks(2, THREE_DAYS);
        assertFalse(m.isMarked(0, 0));
        m.mark(0, 1000);
        assertTrue(m.isMarked(0, 1000));
        assertTrue(m.isMarked(0, 1000 + THREE_DAYS - 1));
        assertFalse(m.isMarked(0, 1000 + THREE_DAYS), "expires at exactly 3 days");
        assertFalse(m.isMarked(1, 1000), "only the attacked user");
    }

    /** In a world run, every attack marks its author for exactly 3 days, and every agent sees the same mark. */
    @Test
    void worldMarksAreVisibleToAllAndExpireExactly() {
        TrollParameters p = TrollWorldTest.small().parameters();
        p = p.withWorld(new TrollParameters.World(300, 5, 10, 8, 24, 20, 5));
        TrollWorld w = new TrollWorld(p, TrollSociety.build(p, 3), 3, false);
        int attacks = 0;
        long step = 60;
        for (long t = step; t <= w.end(); t += step) {
            while (w.advance(t) >= 0) w.decide(0);
            // The mark is what the public record (read by every agent and by feature extraction) says.
            for (int q = 0; q < w.posts().size(); q++) {
                long at = w.posts().attackTime(q);
                if (at < 0 || at >= t) continue;
                int author = w.posts().author(q);
                long lastAttack = lastAttackOn(w, author, t);
                assertEquals(t - 1 < lastAttack + THREE_DAYS, w.record().marks().isMarked(author, t - 1));
            }
        }
        for (int q = 0; q < w.posts().size(); q++) if (w.posts().attacked(q)) attacks++;
        assertTrue(attacks > 0);
    }

    private static long lastAttackOn(TrollWorld w, int author, long before) {
        long last = Long.MIN_VALUE;
        for (int q = 0; q < w.posts().size(); q++) {
            long at = w.posts().attackTime(q);
            if (w.posts().author(q) == author && at >= 0 && at < before) last = Math.max(last, at);
        }
        return last;
    }
}
