package org.infoops.model.diluvsion;

import static org.infoops.model.diluvsion.Fixtures.themes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.infoops.graph.FollowerGraph;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who receives what (Diluvsion §3.3, §3.8.2; spec §2.5). One agent is forced to act through a roles table whose
 * rows each do one action with probability 1 and a diurnal table that is always awake; everybody else has a
 * weekly quota of 0 (and no overflow), so a step runs exactly one action through the world's real code path.
 */
class DeliveryTest {
    private static final int N = 40;
    private static final int PARENT_AUTHOR = 0;
    private static final int ACTOR = 35;
    private static final int[] ACTOR_FOLLOWERS = {36, 37, 38};

    @TempDir
    static Path dir;
    private static DiluvsionParameters params;

    @BeforeAll
    static void tables() throws IOException {
        StringBuilder roles = new StringBuilder("level,level_share,weekly_actions,role,role_share,tweet,retweet,quote,reply,like,follow,unfollow\n");
        String[] names = {"tweeter", "retweeter", "quoter", "replier", "liker"};
        for (int r = 0; r < names.length; r++) {
            StringBuilder p = new StringBuilder();
            for (int a = 0; a < 7; a++) p.append(',').append(a == Action.valueOf(actionOf(names[r])).ordinal() ? "1" : "0");
            roles.append("high,1.0,134,").append(names[r]).append(",0.2").append(p).append('\n');
        }
        Path rolesFile = dir.resolve("roles.csv");
        Files.writeString(rolesFile, roles);
        StringBuilder diurnal = new StringBuilder("day");
        for (int s = 0; s < 48; s++) diurnal.append(",s").append(s);
        diurnal.append('\n');
        for (String d : new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}) {
            diurnal.append(d);
            for (int s = 0; s < 48; s++) diurnal.append(",1.0");
            diurnal.append('\n');
        }
        Path diurnalFile = dir.resolve("diurnal.csv");
        Files.writeString(diurnalFile, diurnal);
        params = Fixtures.withActivity(Fixtures.parameters(N),
                new DiluvsionParameters.Activity(diurnalFile.toString(), 1.0, 0.0, 0, rolesFile.toString()));
    }

    private static String actionOf(String role) {
        return switch (role) {
            case "tweeter" -> "TWEET";
            case "retweeter" -> "RETWEET";
            case "quoter" -> "QUOTE";
            case "replier" -> "REPLY";
            default -> "LIKE";
        };
    }

    /** The parent author has {@code k} followers (agents 1..k); the actor has three followers of its own. */
    private static DiluvsionWorld world(int k, String actorRole, long seed) {
        FollowerGraph g = new FollowerGraph(N);
        for (int f = 1; f <= k; f++) g.follow(f, PARENT_AUTHOR);
        for (int f : ACTOR_FOLLOWERS) g.follow(f, ACTOR);
        DiluvsionWorld w = WorldBuilder.build(Fixtures.setup(1, params, Fixtures.bots(0, 1, 1, 0)), g, new RandomStreams(seed), 0);
        for (int a = 0; a < N; a++) {
            w.agents.weeklyQuota[a] = 0;
            w.agents.resistance[a] = 1.0;
        }
        w.agents.weeklyQuota[ACTOR] = 134;
        w.agents.category[ACTOR] = w.roles.category("high", actorRole);
        return w;
    }

    private static Set<Integer> receivers(DiluvsionWorld w, int tweet) {
        Set<Integer> out = new TreeSet<>();
        for (int a = 0; a < w.agents.n; a++) {
            for (int i = 0; i < w.seenTweets.size(a); i++) if (w.seenTweets.get(a, i) == tweet) out.add(a);
        }
        return out;
    }

    private static Set<Integer> set(int... ids) {
        Set<Integer> s = new TreeSet<>();
        for (int i : ids) s.add(i);
        return s;
    }

    @ParameterizedTest(name = "parent author with {0} followers -> {1} of them see the reply")
    @CsvSource({"0,0", "4,0", "6,1", "10,1", "14,1", "16,2", "30,3"})
    void replyReachesATenthOfTheParentAuthorsFollowersTheAuthorAndTheRepliersFollowers(int k, int sample) {
        DiluvsionWorld w = world(k, "replier", k);
        int parent = w.tweets.create(PARENT_AUTHOR, Tweets.TWEET, 0, themes(3, 8), -1, 0);
        Fixtures.see(w, ACTOR, parent);
        w.step();

        assertEquals(2, w.tweets.count, "one reply created");
        int reply = 1;
        assertEquals(Tweets.REPLY, w.tweets.kind[reply]);
        assertEquals(ACTOR, w.tweets.author(reply));
        assertEquals(parent, w.tweets.parent[reply]);
        assertEquals(w.agents.stance[ACTOR], w.tweets.stance(reply));
        assertEquals(themes(3, 8), w.tweets.themes(reply), "a human reply copies the parent's themes");
        assertEquals(1, w.tweets.replies(parent));
        assertEquals(1, w.agents.repliesReceived[PARENT_AUTHOR]);
        assertEquals(1, w.counters.action[Action.REPLY.ordinal()]);
        assertEquals(1, w.agents.quotaUsed[ACTOR]);
        assertTrue(w.agents.hasActed(ACTOR, parent, Agents.actionSlot(Action.REPLY)));
        assertEquals(reply, w.ownTweets.get(ACTOR, w.ownTweets.size(ACTOR) - 1), "the reply is in the replier's own tweets");

        Set<Integer> got = receivers(w, reply);
        Set<Integer> parentFollowers = new TreeSet<>();
        for (int f = 1; f <= k; f++) if (got.contains(f)) parentFollowers.add(f);
        assertEquals(sample, parentFollowers.size(), "round(0.1 k) of the parent author's followers: " + got);
        Set<Integer> expected = set(PARENT_AUTHOR, 36, 37, 38);
        expected.addAll(parentFollowers);
        assertEquals(expected, got);
        for (int r : got) {
            assertEquals(ACTOR, w.seenUser(r, w.seenTweets.size(r) - 1), "agent " + r + " saw the replier");
        }
    }

    @Test
    void theReplyAudienceIsARandomSampleOfTheFollowers() {
        int[] chosen = new int[31];
        for (int seed = 0; seed < 60; seed++) {
            DiluvsionWorld w = world(30, "replier", 100 + seed);
            Fixtures.see(w, ACTOR, w.tweets.create(PARENT_AUTHOR, Tweets.TWEET, 0, themes(1), -1, 0));
            w.step();
            for (int r : receivers(w, 1)) if (r >= 1 && r <= 30) chosen[r]++;
        }
        for (int f = 1; f <= 30; f++) assertTrue(chosen[f] > 0, "follower " + f + " never sampled in 60 replies (3 per reply)");
    }

    @Test
    void quoteReachesTheParentAuthorAndTheQuotersFollowersOnly() {
        DiluvsionWorld w = world(30, "quoter", 1);
        int parent = w.tweets.create(PARENT_AUTHOR, Tweets.TWEET, 0, themes(5), -1, 0);
        Fixtures.see(w, ACTOR, parent);
        w.step();
        assertEquals(Tweets.QUOTE, w.tweets.kind[1]);
        assertEquals(1, w.tweets.quotes(parent));
        assertEquals(0, w.tweets.replies(parent));
        assertEquals(themes(5), w.tweets.themes(1));
        assertEquals(set(PARENT_AUTHOR, 36, 37, 38), receivers(w, 1));
    }

    @Test
    void tweetReachesAllFollowers() {
        DiluvsionWorld w = world(30, "tweeter", 2);
        w.step();
        assertEquals(1, w.tweets.count);
        assertEquals(Tweets.TWEET, w.tweets.kind[0]);
        assertEquals(set(36, 37, 38), receivers(w, 0));
        assertEquals(0, w.counters.fallbackTweets);
        assertEquals(1, w.counters.action[Action.TWEET.ordinal()]);
    }

    @Test
    void retweetRedeliversTheOriginalWithItsAuthor() {
        DiluvsionWorld w = world(30, "retweeter", 3);
        int parent = w.tweets.create(PARENT_AUTHOR, Tweets.TWEET, 0, themes(5), -1, 0);
        Fixtures.see(w, ACTOR, parent);
        w.step();
        assertEquals(1, w.tweets.count, "a retweet creates no tweet");
        assertEquals(1, w.tweets.retweets(parent));
        assertEquals(set(ACTOR, 36, 37, 38), receivers(w, parent));
        for (int f : ACTOR_FOLLOWERS) assertEquals(PARENT_AUTHOR, w.seenUser(f, w.seenTweets.size(f) - 1));
    }

    @Test
    void likeDeliversNothing() {
        DiluvsionWorld w = world(30, "liker", 4);
        int parent = w.tweets.create(PARENT_AUTHOR, Tweets.TWEET, 0, themes(5), -1, 0);
        Fixtures.see(w, ACTOR, parent);
        w.step();
        assertEquals(1, w.tweets.likes(parent));
        assertEquals(1, w.agents.likesReceived[PARENT_AUTHOR]);
        assertEquals(set(ACTOR), receivers(w, parent));
        w.step(); // the only candidate is used up: the second like falls back to a tweet
        assertEquals(1, w.tweets.likes(parent));
        assertEquals(1, w.counters.fallbackTweets);
        assertEquals(1, w.counters.action[Action.TWEET.ordinal()]);
        assertEquals(0, w.counters.action[Action.LIKE.ordinal()]);
        assertEquals(2, w.tweets.count);
    }

    @Test
    void replyWithoutCandidatesFallsBackToATweet() {
        DiluvsionWorld w = world(30, "replier", 5);
        w.step();
        assertEquals(1, w.tweets.count);
        assertEquals(Tweets.TWEET, w.tweets.kind[0]);
        assertEquals(1, w.counters.fallbackTweets);
        assertEquals(0, w.counters.action[Action.REPLY.ordinal()]);
        assertEquals(1, w.counters.action[Action.TWEET.ordinal()]);
        assertEquals(1, w.agents.quotaUsed[ACTOR], "a fallback tweet uses the quota");
    }

    /** poll_tweets (§3.5): the 30 most recent tweets that are not the bot's own, oldest first; nothing twice. */
    @Test
    void botPollsTheThirtyMostRecentTweetsOfOthers() {
        FollowerGraph g = new FollowerGraph(N);
        DiluvsionWorld w = WorldBuilder.build(Fixtures.setup(1, params, Fixtures.bots(1, 1, 0, 0)), g, new RandomStreams(9), 0);
        int bot = -1;
        for (int a = 0; a < N; a++) {
            w.agents.weeklyQuota[a] = 0;
            w.agents.resistance[a] = 1.0;
            if (w.agents.bot[a]) bot = a;
        }
        for (int i = 0; i < 45; i++) w.tweets.create(i % 5 == 0 ? bot : (bot + 1 + i) % N, Tweets.TWEET, 0, themes(1), -1, 0);
        w.step();
        assertEquals(30, w.seenTweets.size(bot));
        int expected = 44;
        int[] newestFirst = new int[30];
        for (int i = 0; i < 30; i++) {
            while (w.tweets.author(expected) == bot) expected--;
            newestFirst[i] = expected--;
        }
        for (int i = 0; i < 30; i++) assertEquals(newestFirst[29 - i], w.seenTweets.get(bot, i), "position " + i);
        w.step();
        assertEquals(30, w.seenTweets.size(bot), "no tweet is polled twice");
        int fresh = w.tweets.create((bot + 1) % N, Tweets.TWEET, 0, themes(2), -1, 1);
        w.step();
        assertEquals(31, w.seenTweets.size(bot));
        assertEquals(fresh, w.seenTweets.get(bot, 30));
    }
}
