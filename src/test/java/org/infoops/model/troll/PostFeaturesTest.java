package org.infoops.model.troll;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostFeaturesTest {
    /** Structural: feature extraction holds and takes nothing through which it could read the bots' rules. */
    @Test
    void noFeatureCanReadTheRules() {
        List<Class<?>> forbidden = List.of(TriggerRule.class, TrollBot.class, TrollParameters.Bots.class,
                TrollParameters.class, TrollWorld.class);
        for (Field f : PostFeatures.class.getDeclaredFields()) {
            for (Class<?> c : forbidden) assertFalse(c.isAssignableFrom(f.getType()), "field " + f);
        }
        for (Method m : PostFeatures.class.getDeclaredMethods()) {
            for (Parameter p : m.getParameters()) {
                for (Class<?> c : forbidden) assertFalse(c.isAssignableFrom(p.getType()), m + " takes " + p);
            }
        }
        for (Field f : PublicRecord.class.getDeclaredFields()) {
            for (Class<?> c : forbidden) assertFalse(c.isAssignableFrom(f.getType()), "public record field " + f);
        }
    }

    /**
     * Behavioural: the same event history under two different rule sets gives identical features. With the
     * bots' delay past the end of the world no attack happens, so the history cannot depend on the rules, and
     * any difference in features would have to come from reading them.
     */
    @Test
    void featuresIdenticalUnderDifferentRulesForTheSameHistory() {
        TrollParameters base = TrollWorldTest.small().parameters();
        base = base.withWorld(new TrollParameters.World(400, 8, 10, 8, 24, 10, 2));
        TrollParameters.Range never = new TrollParameters.Range(20 * 1440, 20 * 1440);
        TrollParameters a = base.withBots(new TrollParameters.Bots(new TriggerRule.PopularityAtLeast(0), never, 3, false, 1));
        TrollParameters b = base.withBots(new TrollParameters.Bots(new TriggerRule.HourBetween(3, 4), never, 3, false, 1));
        TrollWorld wa = new TrollWorld(a, TrollSociety.build(a, 11), 11, false);
        TrollWorld wb = new TrollWorld(b, TrollSociety.build(b, 11), 11, false);
        wa.run(PostingPolicy.NONE);
        wb.run(PostingPolicy.NONE);
        assertEquals(wa.posts().size(), wb.posts().size());
        for (int q = 0; q < wa.posts().size(); q++) {
            assertArrayEquals(wa.posts().rawFeatures(q), wb.posts().rawFeatures(q), "post " + q);
        }
    }

    @Test
    void expansionIsOneHotAndKeywordBits() {
        PostFeatures f = new PostFeatures(3, 4);
        float[] raw = new float[PostFeatures.RAW];
        raw[0] = 1;
        raw[PostFeatures.NARRATIVE] = 2;
        raw[PostFeatures.KEYWORDS] = 0b1010;
        double[] row = f.expand(raw, 0);
        assertEquals(PostFeatures.NUMERIC.size() + 3 + 4, row.length);
        assertEquals(f.schema().size(), row.length);
        assertEquals(1, row[f.schema().indexOf("influencer")]);
        assertEquals(1, row[f.schema().indexOf("narrative_2")]);
        assertEquals(0, row[f.schema().indexOf("narrative_0")]);
        assertEquals(1, row[f.schema().indexOf("keyword_1")]);
        assertEquals(1, row[f.schema().indexOf("keyword_3")]);
        assertEquals(0, row[f.schema().indexOf("keyword_0")]);
    }

    /** Posting frequency, comments per post and the mark come from the public record as defined. */
    @Test
    void capturedValuesFollowThePublicRecord() {
        PublicRecord r = new PublicRecord(2, 3, 3 * 1440);
        r.posted(0, 0);
        r.posted(0, 1440);
        r.commented(0);
        r.commented(0);
        r.commented(0);
        r.attacked(1, 2, 5000);
        float[] out = new float[PostFeatures.RAW];
        long now = 7 * 1440 + 60; // 7 days and an hour after the first post: only the second counts
        PostFeatures.capture(r, 0, false, 4, 2, 0b11, now, out, 0);
        assertEquals(1, out[1], "posts in the last week");
        assertEquals(1.5f, out[3], "comments per post");
        assertEquals(0, out[4], "author not marked");
        assertEquals(1, out[6], "narrative-2 attacks in the last 7 days");
        assertEquals(1, out[7], "hour");
        assertEquals(0, out[8], "day of week (minute 0 is a Monday; day 7 is again a Monday)");
    }
}
