package org.infoops.model.diluvsion;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.graph.FollowerGraph;

/**
 * One Diluvsion world: agents on a follower graph, stepped in 30-minute steps (Diluvsion §3). Owns the state
 * and the step order; the decisions (targets, conversion, themes, follows) live in their own classes.
 * Build one with {@link WorldBuilder}; advance it with {@link #step()}.
 */
public final class DiluvsionWorld {
    final DiluvsionParameters params;
    final RoleTable roles;
    final DiurnalTable diurnal;
    final Clock clock;
    final Agents agents;
    final FollowerGraph graph;
    final Tweets tweets;
    /**
     * Seen tweets; the paper's third bin, the authors of seen tweets (§3.2), is always the authors of this bin's
     * tweets in the same FIFO order, so it is read through {@link #seenUser} instead of being stored twice.
     */
    final MemoryBins seenTweets;
    final MemoryBins ownTweets;
    final UniformRandomProvider rng;

    final TweetTargeting targeting;
    final ReadConversion conversion;
    final ThemeChoice themeChoice;
    final FollowChoice followChoice;
    final StepCounters counters;
    final FleetLedger fleet = new FleetLedger();
    /** Per bot: an action an operator forces for its next activations (-1: sample from its role, §3.4). */
    final int[] forcedAction;

    private final int[] order;
    private final int[] audience; // scratch for the reply audience sample
    /** Per agent: tweets pushed into its seen bin since it last read (memory.read = unread). */
    private final int[] unread;
    private int step;

    DiluvsionWorld(DiluvsionParameters params, RoleTable roles, DiurnalTable diurnal, Agents agents,
                   FollowerGraph graph, int[] memoryCapacity, UniformRandomProvider rng) {
        this.params = params;
        this.roles = roles;
        this.diurnal = diurnal;
        this.clock = new Clock(params.activity().startSlot());
        this.agents = agents;
        this.graph = graph;
        this.rng = rng;
        int n = agents.n;
        this.tweets = new Tweets(n * 64);
        this.seenTweets = new MemoryBins(memoryCapacity);
        this.ownTweets = new MemoryBins(memoryCapacity);
        this.order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        this.audience = new int[n];
        this.unread = new int[n];
        this.counters = new StepCounters(this);
        this.forcedAction = new int[n];
        java.util.Arrays.fill(forcedAction, -1);
        this.targeting = new TweetTargeting(this);
        this.conversion = new ReadConversion(this);
        this.themeChoice = new ThemeChoice(this);
        this.followChoice = new FollowChoice(this);
    }

    /** The number of steps done so far (the next step's index). */
    public int currentStep() {
        return step;
    }

    public int agentCount() {
        return agents.n;
    }

    /** Runs one 30-minute step: every agent activates once, in a fresh random order (Mesa RandomActivation, §3.6). */
    public void step() {
        if (clock.isWeekStart(step)) {
            java.util.Arrays.fill(agents.quotaUsed, 0); // weekly quotas reset every 336 steps [X spec §2.4]
        }
        counters.beginStep();
        shuffleOrder();
        double wake = params.activity().damping() * diurnal.probability(clock.weekSlot(step));
        for (int a : order) {
            if (agents.bot[a]) botStep(a, wake);
            else humanStep(a, wake);
        }
        step++;
    }

    private void shuffleOrder() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Human: wake check, read_conversion, quota/overflow check, one action (§3.4, §3.6; spec §2.4 order). */
    private void humanStep(int a, double wake) {
        if (rng.nextDouble() >= wake) return;
        counters.awake++;
        if (params.memory().read() == DiluvsionParameters.Reading.UNREAD) {
            int fresh = Math.min(unread[a], seenTweets.size(a));
            unread[a] = 0;
            if (fresh > 0) conversion.read(a, fresh);
        } else if (seenTweets.size(a) + ownTweets.size(a) > 0) {
            conversion.read(a, seenTweets.size(a));
        }
        if (!mayAct(a)) return;
        act(a, roles.sampleAction(agents.category[a], rng));
    }

    /**
     * Bot: poll_tweets and theme update (every step, or only when awake: memory.botActivity), then wake, quota and
     * action like a human (§3.5; spec §2.4).
     */
    private void botStep(int a, double wake) {
        boolean everyStep = params.memory().botActivity() == DiluvsionParameters.BotActivity.EVERY_STEP;
        if (everyStep) surveyAndUpdateThemes(a);
        if (rng.nextDouble() >= wake) return;
        if (!everyStep) surveyAndUpdateThemes(a);
        counters.awake++;
        if (!mayAct(a)) return;
        int forced = forcedAction[a];
        if (forced == IDLE) return;
        act(a, forced >= 0 ? Action.ALL[forced] : roles.sampleAction(agents.category[a], rng));
        fleet.acted(agents.stance[a]);
    }

    private void surveyAndUpdateThemes(int a) {
        pollTweets(a);
        themeChoice.updateBotThemes(a);
    }

    /** Below the weekly quota an awake agent acts; past it, with the overflow probability (1%, §3.6). */
    private boolean mayAct(int a) {
        return agents.quotaUsed[a] < agents.weeklyQuota[a] || rng.nextDouble() < params.activity().overflowProbability();
    }

    private void act(int a, Action attempted) {
        Action done = tryAction(a, attempted) ? attempted : Action.TWEET;
        if (done != attempted) {
            tweet(a);
            counters.fallbackTweets++;
        }
        counters.action[done.ordinal()]++;
        agents.quotaUsed[a]++;
    }

    /** Tries an action; false when it is invalid (no candidate), in which case the agent tweets instead (§3.3). */
    private boolean tryAction(int a, Action action) {
        switch (action) {
            case TWEET -> { tweet(a); return true; }
            case LIKE -> { return like(a); }
            case RETWEET -> { return retweet(a); }
            case QUOTE -> { return respond(a, Action.QUOTE); }
            case REPLY -> { return respond(a, Action.REPLY); }
            case FOLLOW -> { return follow(a); }
            case UNFOLLOW -> { return unfollow(a); }
            default -> throw new IllegalStateException("unknown action " + action);
        }
    }

    private void tweet(int a) {
        int themes = agents.bot[a] ? themeChoice.botTweetThemes(a, -1) : themeChoice.humanTweetThemes(a);
        int t = publish(a, Tweets.TWEET, themes, -1);
        deliverToFollowers(a, t, a);
    }

    private boolean like(int a) {
        int t = targeting.choose(a, Action.LIKE);
        if (t < 0) return false;
        recordActed(a, t, Agents.actionSlot(Action.LIKE));
        tweets.increment(t, Tweets.LIKES);
        agents.likesReceived[tweets.author(t)]++;
        if (agents.bot[tweets.author(t)]) fleet.engaged(Action.LIKE, tweets.stance(t));
        return true;
    }

    /** A retweet re-delivers the original tweet to the retweeter's followers (spec §2.5). */
    private boolean retweet(int a) {
        int t = targeting.choose(a, Action.RETWEET);
        if (t < 0) return false;
        recordActed(a, t, Agents.actionSlot(Action.RETWEET));
        tweets.increment(t, Tweets.RETWEETS);
        if (agents.bot[tweets.author(t)]) fleet.engaged(Action.RETWEET, tweets.stance(t));
        deliverToFollowers(a, t, tweets.author(t));
        return true;
    }

    /**
     * Quote or reply: a new tweet with the agent's stance and the parent's themes (humans) or half parent, half own
     * (bots). The parent's author is notified; a reply also reaches 10% of the parent author's followers (§3.8.2).
     */
    private boolean respond(int a, Action action) {
        int parent = targeting.choose(a, action);
        if (parent < 0) return false;
        recordActed(a, parent, Agents.actionSlot(action));
        int themes = agents.bot[a] ? themeChoice.botTweetThemes(a, parent) : themeChoice.humanResponseThemes(a, parent);
        boolean reply = action == Action.REPLY;
        int t = publish(a, reply ? Tweets.REPLY : Tweets.QUOTE, themes, parent);
        int parentAuthor = tweets.author(parent);
        if (reply) {
            tweets.increment(parent, Tweets.REPLIES);
            agents.repliesReceived[parentAuthor]++;
            if (agents.bot[parentAuthor]) fleet.engaged(Action.REPLY, tweets.stance(parent));
            DiluvsionParameters.Delivery d = params.delivery();
            if (d.replyAudience() == DiluvsionParameters.ReplyAudience.ALL_REPLIES || tweets.kind[parent] == Tweets.REPLY) {
                deliverToReplyAudience(parentAuthor, t, a);
            }
        } else {
            tweets.increment(parent, Tweets.QUOTES);
        }
        deliver(parentAuthor, t, a);
        if (!reply || params.delivery().repliesToFollowers()) deliverToFollowers(a, t, a);
        return true;
    }

    /** The one-per-tweet limit's record (§3.3): the agent's own table and the tweet's filter of actors. */
    void recordActed(int a, int t, int slot) {
        agents.markActed(a, t, slot);
        tweets.noteActor(t, a, slot);
    }

    private boolean follow(int a) {
        int v = followChoice.chooseFollowee(a);
        if (v < 0) return false;
        addFollow(a, v);
        return true;
    }

    private boolean unfollow(int a) {
        if (agents.bot[a]) return false; // bots never unfollow (§3.5)
        int v = followChoice.chooseUnfollowee(a);
        if (v < 0) return false;
        removeFollow(a, v);
        return true;
    }

    private int publish(int a, byte kind, int themes, int parent) {
        int t = tweets.create(a, kind, agents.stance[a], themes, parent, step);
        ownTweets.push(a, t);
        agents.tweetsAuthored[a]++;
        return t;
    }

    /** Pushes tweet t (authored by {@code author}) into the seen memory of every follower of {@code via}. */
    private void deliverToFollowers(int via, int t, int author) {
        int[] followers = graph.followersArray(via);
        int k = graph.followerCount(via);
        for (int i = 0; i < k; i++) deliver(followers[i], t, author);
    }

    /** round(share x k) distinct followers of the parent's author, drawn uniformly (partial Fisher-Yates). */
    private void deliverToReplyAudience(int parentAuthor, int t, int author) {
        int k = graph.followerCount(parentAuthor);
        int sample = (int) Math.round(params.delivery().replyAudienceShare() * k);
        if (sample == 0) return;
        System.arraycopy(graph.followersArray(parentAuthor), 0, audience, 0, k);
        for (int i = 0; i < sample; i++) {
            int j = i + rng.nextInt(k - i);
            int f = audience[j];
            audience[j] = audience[i];
            audience[i] = f;
            deliver(f, t, author);
        }
    }

    /**
     * A delivery puts the tweet in the receiver's seen-tweet bin, and so its author in the seen users (spec §2.5;
     * a retweet delivers the original, so the original author is the one seen).
     */
    private void deliver(int receiver, int t, int author) {
        if (receiver == author) return;
        int evicted = seenTweets.push(receiver, t);
        unread[receiver]++;
        if (agents.bot[receiver]) themeChoice.seenThemesChanged(receiver, t, evicted);
        else if (agents.bot[author]) fleet.reached(tweets.stance(t));
    }

    /** Entry i (0 = oldest) of agent a's seen-users memory: the author of its i-th seen tweet. */
    int seenUser(int a, int i) {
        return tweets.author(seenTweets.get(a, i));
    }

    /**
     * poll_tweets (§3.5): the most recent tweets of the whole platform, not the bot's own, into its seen memory.
     * Tweets returned by an earlier poll are not returned again (a search shows what is new since the last look).
     */
    private void pollTweets(int a) {
        int limit = params.memory().pollSize();
        int from = tweets.count - 1;
        int watermark = agents.pollWatermark[a];
        int found = 0;
        int oldest = from + 1;
        for (int t = from; t >= watermark && found < limit; t--) {
            if (tweets.author(t) == a) continue;
            found++;
            oldest = t;
        }
        for (int t = oldest; t <= from; t++) {
            if (tweets.author(t) != a) deliver(a, t, tweets.author(t));
        }
        agents.pollWatermark[a] = tweets.count;
    }

    // ---- The operator's view and controls (used by environments; the paper's bots need none of it). ----

    /** An action a bot cannot otherwise take: stay idle when it would act. */
    public static final int IDLE = Action.ALL.length;

    public int stanceCount(Stance s) {
        return counters.stanceCount[s.ordinal()];
    }

    /** Agents holding theme Tt (1-based). */
    public int themeHolders(int theme1Based) {
        return counters.themeHolders[theme1Based - 1];
    }

    public int themeCount() {
        return agents.themeCount;
    }

    public Clock clock() {
        return clock;
    }

    public FleetLedger fleet() {
        return fleet;
    }

    public boolean isBot(int agent) {
        return agents.bot[agent];
    }

    public Stance stance(int agent) {
        return Stance.ALL[agents.stance[agent]];
    }

    /** The bots backing a stance, in id order. */
    public int[] bots(Stance group) {
        return java.util.stream.IntStream.range(0, agents.n)
                .filter(a -> agents.bot[a] && agents.stance[a] == group.ordinal()).toArray();
    }

    /** Gives a bot a new role, level, tactic and pushed themes; takes effect from its next activation. */
    public void command(int bot, BotCommand c) {
        if (!agents.bot[bot]) throw new IllegalArgumentException("agent " + bot + " is not a bot");
        int category = roles.category(c.level(), c.role());
        agents.category[bot] = category;
        agents.weeklyQuota[bot] = roles.weeklyQuota(category);
        agents.primaryVulnerable[bot] = c.tactic() == BotSettings.ReplyTactic.VULNERABLE;
        agents.conservedThemes[bot] = c.pushedThemes();
    }

    /** Forces a bot's action at its next activations (an {@link Action} ordinal, {@link #IDLE}, or -1 to release). */
    public void force(int bot, int action, BotSettings.ReplyTactic tactic) {
        if (!agents.bot[bot]) throw new IllegalArgumentException("agent " + bot + " is not a bot");
        if (action < -1 || action > IDLE) throw new IllegalArgumentException("action " + action + " outside -1.." + IDLE);
        forcedAction[bot] = action;
        agents.primaryVulnerable[bot] = tactic == BotSettings.ReplyTactic.VULNERABLE;
    }

    /** The tweets in an agent's seen memory (oldest first): stance index and theme mask of each, via the callback. */
    public void forEachSeenTweet(int agent, java.util.function.IntBinaryOperator stanceAndThemes) {
        for (int i = 0; i < seenTweets.size(agent); i++) {
            int t = seenTweets.get(agent, i);
            stanceAndThemes.applyAsInt(tweets.stance(t), tweets.themes(t));
        }
    }

    /** Likes, retweets and replies on an agent's own recent tweets (its own-tweets memory). */
    public long[] ownEngagement(int agent) {
        long[] e = new long[3];
        for (int i = 0; i < ownTweets.size(agent); i++) {
            int t = ownTweets.get(agent, i);
            e[0] += tweets.likes(t);
            e[1] += tweets.retweets(t);
            e[2] += tweets.replies(t);
        }
        return e;
    }

    public FollowerGraph graph() {
        return graph;
    }

    void setStance(int a, int newStance) {
        int old = agents.stance[a];
        if (old == newStance) return;
        counters.moveStance(a, old, newStance);
        agents.stance[a] = (byte) newStance;
    }

    void setThemes(int a, int mask) {
        counters.moveThemes(agents.themes[a], mask);
        agents.themes[a] = mask;
    }

    void addFollow(int u, int v) {
        if (graph.follow(u, v)) counters.followAdded(u, v);
    }

    void removeFollow(int u, int v) {
        if (graph.unfollow(u, v)) counters.followRemoved(u, v);
    }
}
