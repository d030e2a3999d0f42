package org.infoops.model.cascade.base;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class BaseWorldGeneratorTest {
    static BaseWorldSettings small(long seed) {
        return BaseWorldSettings.defaults().withSize(seed, 400, 4, 15);
    }

    @Test
    void sameSeedSameWorldOtherSeedOtherWorld() {
        BaseWorld a = new BaseWorldGenerator(small(1)).generate();
        BaseWorld b = new BaseWorldGenerator(small(1)).generate();
        BaseWorld c = new BaseWorldGenerator(small(2)).generate();
        assertEquals(a.posts(), b.posts());
        assertEquals(a.retweets(), b.retweets());
        assertNotEquals(a.retweets(), c.retweets());
    }

    @Test
    void postsCoverAllPeriodsAndReshareRulesHold() {
        BaseWorld w = new BaseWorldGenerator(small(3)).generate();
        Set<Period> periods = new HashSet<>();
        w.posts().forEach(p -> periods.add(p.period()));
        assertEquals(Set.of(Period.values()), periods);
        assertFalse(w.retweets().isEmpty());
        java.util.Map<Long, BasePost> byId = new java.util.HashMap<>();
        w.posts().forEach(p -> byId.put(p.postId(), p));
        Set<String> seen = new HashSet<>();
        for (BaseRetweet r : w.retweets()) {
            BasePost p = byId.get(r.postId());
            assertTrue(r.time() > p.time(), "a reshare comes after its post");
            assertNotEquals(p.author(), r.retweeter(), "authors do not reshare their own post");
            assertTrue(seen.add(r.postId() + ":" + r.retweeter()), "nobody reshares a post twice");
            int parent = (int) r.parentUser();
            assertTrue(java.util.Arrays.binarySearch(w.latentFollowers()[parent], (int) r.retweeter()) >= 0,
                    "reshares travel along latent follow edges");
        }
    }

    @Test
    void topicPreferenceDrivesReshares() {
        // users reshare their community's topic far more often than other topics: the hidden rule is visible
        BaseWorld w = new BaseWorldGenerator(small(4)).generate();
        java.util.Map<Long, BasePost> byId = new java.util.HashMap<>();
        w.posts().forEach(p -> byId.put(p.postId(), p));
        int k = w.topics().size();
        long own = 0, other = 0;
        for (BaseRetweet r : w.retweets()) {
            int topic = byId.get(r.postId()).topic();
            if (topic == w.latentCommunity()[(int) r.retweeter()] % k) own++; else other++;
        }
        assertTrue(own > other, "own-topic reshares " + own + " vs other topics " + other);
    }

    @Test
    void hiddenRuleExplainsWhoReshares() {
        BaseWorld w = new BaseWorldGenerator(small(6)).generate();
        BaseHistory h = new BaseHistory(w);
        double reshared = 0, ignored = 0;
        long nr = 0, ni = 0;
        for (int i = 0; i < w.posts().size(); i++) {
            int author = (int) w.posts().get(i).author();
            for (int f : w.latentFollowers()[author]) {
                double p = w.hiddenRule().probability(i, f);
                assertTrue(p > 0 && p < 1);
                if (java.util.Arrays.binarySearch(h.firstLayer(i), f) >= 0) { reshared += p; nr++; } else { ignored += p; ni++; }
            }
        }
        assertTrue(reshared / nr > 2 * ignored / ni, "mean true probability of resharers " + reshared / nr
                + " vs non-resharers " + ignored / ni);
    }

    @Test
    void badSettingNamesFieldValueAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BaseWorldSettings.defaults().withSize(1, 10, 1, 5));
        assertTrue(e.getMessage().contains("users: 10") && e.getMessage().contains("20 or more"), e.getMessage());
    }

    @Test
    void sentencesAreTopicalLanguage() {
        var rng = new org.infoops.kernel.RandomStreams(1).stream("t");
        String s = TopicLanguage.sentence("climate", true, rng).text();
        assertTrue(s.split(" ").length >= 6 && s.endsWith("!") , s);
    }
}
