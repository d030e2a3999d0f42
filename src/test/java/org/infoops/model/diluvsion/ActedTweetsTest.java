package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The one-per-tweet limits' record (§3.3): per-agent tables and the tweet's filter of actors agree with a plain set. */
class ActedTweetsTest {

    @Test
    void answersLikeAPlainSetThroughManyGrowths() {
        ActedTweets acted = new ActedTweets(3);
        Set<Long> reference = new HashSet<>();
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            int agent = rng.nextInt(3), tweet = rng.nextInt(5_000), slot = rng.nextInt(4);
            if (rng.nextBoolean()) {
                acted.add(agent, tweet, slot);
                reference.add(key(agent, tweet, slot));
            } else {
                assertEquals(reference.contains(key(agent, tweet, slot)), acted.contains(agent, tweet, slot),
                        "agent " + agent + ", tweet " + tweet + ", slot " + slot);
            }
        }
    }

    @Test
    void slotsAndAgentsAreKeptApart() {
        ActedTweets acted = new ActedTweets(2);
        acted.add(0, 7, 1);
        assertTrue(acted.contains(0, 7, 1));
        assertFalse(acted.contains(0, 7, 0), "another action on the same tweet");
        assertFalse(acted.contains(1, 7, 1), "another agent");
        assertFalse(acted.contains(1, 0, 0), "an agent that never acted");
    }

    @Test
    void aTweetsFilterNeverDeniesAnActorAndKeepsStanceAndAuthorApart() {
        Tweets tweets = new Tweets(4);
        int t = tweets.create(123_456, Tweets.TWEET, 2, 0b101, -1, 0);
        for (int a = 0; a < 500; a += 7) {
            tweets.noteActor(t, a, a % 4);
            assertTrue(tweets.mayHaveActed(t, a, a % 4), "agent " + a);
        }
        assertEquals(123_456, tweets.author(t));
        assertEquals(2, tweets.stance(t));
        assertEquals(0b101, tweets.themes(t));
        int fresh = tweets.create(5, Tweets.TWEET, 0, 0, -1, 0);
        assertFalse(tweets.mayHaveActed(fresh, 1, 0), "nobody acted on a new tweet");
        assertThrows(IllegalArgumentException.class, () -> tweets.create(1 << 30, Tweets.TWEET, 0, 0, -1, 0));
    }

    private static long key(int agent, int tweet, int slot) {
        return ((long) agent << 32) | ((long) tweet << 2) | slot;
    }
}
