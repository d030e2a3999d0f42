package org.infoops.model.troll;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.infoops.kernel.EventQueue;
import org.infoops.kernel.RandomStreams;

/**
 * The Reddit-like world of the troll-attack experiment (paper §5) on a discrete-event queue (§3: agents activate
 * themselves or are triggered by others by being placed in the queue). Background users schedule their own
 * posts; every post triggers comments (by background users, weighted by their commenting rates) and, when the
 * bots' rule matches, an attack; influencers' schedule slots create due posts on which their policy decides.
 *
 * <p>{@link #advance} runs events until a due influencer post needs a decision (returned) or the given minute;
 * {@link #decide} resolves it. {@link #run} drives both with a {@link PostingPolicy}. Randomness: each user draws
 * from a stream of its own (posting, its posts' comments, the bots' reaction to it), so one influencer's choices
 * never change what background users do.
 */
public final class TrollWorld {
    static final int BG_POST = 0, COMMENT = 1, SLOT = 2, DUE = 3, ATTACK = 4;

    private final TrollParameters p;
    private final TrollSociety society;
    private final EventQueue queue = new EventQueue();
    private final PostStore posts = new PostStore();
    private final PendingPosts pending = new PendingPosts();
    private final PublicRecord record;
    private final TrollBot bot;
    private final PostFeatures features;
    private final Rescheduling rescheduling;
    private final UniformRandomProvider[] rng;
    private final SharedStateDiscreteSampler[] commenter;
    private final double commentScale;
    private final long end;
    private final int b;
    private final float[] scratch = new float[PostFeatures.RAW];
    private final boolean recordComments;
    private final IntArrayList commentPost = new IntArrayList(), commentAuthor = new IntArrayList(), commentTime = new IntArrayList();
    private final LongArrayList reschedules = new LongArrayList(); // pending, from, to triples
    private int duePending = -1;
    private int influencerAttacks;

    public TrollWorld(TrollParameters p, TrollSociety society, long seed, boolean recordComments) {
        this.p = p;
        this.society = society;
        this.recordComments = recordComments;
        b = society.users().size();
        int n = b + society.influencers().size();
        record = new PublicRecord(n, p.world().narratives(), p.bots().markMinutes());
        bot = new TrollBot(p.bots());
        features = new PostFeatures(p.world().narratives(), p.world().keywords());
        rescheduling = new Rescheduling(p.countermeasure().maxDelayMinutes());
        end = p.world().endMinutes();
        RandomStreams streams = new RandomStreams(seed).child("troll-world");
        rng = new UniformRandomProvider[n];
        for (int u = 0; u < n; u++) rng[u] = streams.stream("user", u);
        commentScale = society.commentScale();
        double[] weights = society.users().commentsPerDay();
        if (java.util.Arrays.stream(weights).sum() <= 0) weights = new double[] {1}; // no one comments (scale 0): never sampled
        SharedStateDiscreteSampler alias = AliasMethodDiscreteSampler.of(streams.stream("alias"), weights);
        commenter = new SharedStateDiscreteSampler[n];
        for (int u = 0; u < n; u++) commenter[u] = alias.withUniformRandomProvider(rng[u]);
        for (int u = 0; u < b; u++) scheduleNextPost(u, 0);
        for (int i = 0; i < society.influencers().size(); i++) queue.schedule(society.influencers().phaseMinutes()[i], SLOT, i, 0);
    }

    /**
     * Runs events before minute {@code until} (and before the end of the world); returns the pending id of a due
     * influencer post awaiting {@link #decide}, or -1 when {@code until} or the end is reached.
     */
    public int advance(long until) {
        if (duePending >= 0) throw new IllegalStateException("post " + duePending + " awaits a decision");
        long stop = Math.min(until, end);
        while (queue.peekTime() < stop) {
            queue.next();
            long now = queue.time();
            switch (queue.kind()) {
                case BG_POST -> backgroundPost(queue.a(), now);
                case COMMENT -> comment(queue.a(), queue.b(), now);
                case SLOT -> slot(queue.a(), now);
                case DUE -> {
                    int k = queue.a();
                    if (pending.postponed(k)) publishPending(k, now);
                    else {
                        duePending = k;
                        return k;
                    }
                }
                case ATTACK -> attack(queue.a(), now);
                default -> throw new IllegalStateException("unknown event kind " + queue.kind());
            }
        }
        return -1;
    }

    /** The decision context of the awaited post. */
    public DuePost due() {
        int k = duePending;
        if (k < 0) throw new IllegalStateException("no post awaits a decision");
        int i = pending.influencer(k), user = b + i;
        long now = queue.time();
        PostFeatures.capture(record, user, true, pending.subreddit(k),
                pending.narrative(k), pending.keywords(k), now, scratch, 0);
        return new DuePost(k, i, user, now, features.expand(scratch, 0), activity(user, pending.narrative(k), pending.keywords(k), now));
    }

    /** Resolves the awaited post: publish now (0) or postpone (once, up to the countermeasure's bound). */
    public void decide(long delayMinutes) {
        int k = duePending;
        if (k < 0) throw new IllegalStateException("no post awaits a decision");
        long applied = rescheduling.admit(delayMinutes, pending.postponed(k));
        duePending = -1;
        long now = queue.time();
        if (applied == 0) {
            publishPending(k, now);
        } else {
            pending.postpone(k);
            queue.schedule(now + applied, DUE, k, 0);
            reschedules.add(k);
            reschedules.add(now);
            reschedules.add(now + applied);
        }
    }

    /** Moves the awaited post to another of the influencer's narratives (the paper's "adjust narratives"). */
    public void switchNarrative() {
        int k = duePending;
        int i = pending.influencer(k);
        int mask = society.influencers().narrativeMask()[i] & ~(1 << pending.narrative(k));
        int narr = mask == 0 ? (pending.narrative(k) + 1) % p.world().narratives() : pick(rng[b + i], mask);
        pending.retopic(k, narr, society.keywords(narr, rng[b + i]));
    }

    /** Runs to the end of the world, asking {@code policy} about every due post. */
    public void run(PostingPolicy policy) {
        runUntil(end, policy);
    }

    public void runUntil(long until, PostingPolicy policy) {
        while (advance(until) >= 0) decide(policy.delay(due()));
    }

    private void backgroundPost(int u, long now) {
        BackgroundUsers users = society.users();
        UniformRandomProvider r = rng[u];
        int sub = r.nextDouble() < users.subredditLoyalty()[u] ? users.favouriteSubreddit()[u] : r.nextInt(p.world().subreddits());
        int narr = r.nextDouble() < users.narrativeLoyalty()[u] ? users.favouriteNarrative()[u] : r.nextInt(p.world().narratives());
        publish(u, false, users.popularity()[u], sub, narr, society.keywords(narr, r), now, now);
        scheduleNextPost(u, now);
    }

    private void scheduleNextPost(int u, long now) {
        BackgroundUsers users = society.users();
        double rate = users.postsPerDay()[u];
        if (rate <= 0) return;
        // Exponential gap (inverse transform) in the user's active minutes: a Poisson process on its own clock.
        double gap = -Math.log(1 - rng[u].nextDouble()) * users.activeSpan()[u] * 60.0 / rate;
        long next = users.afterActiveMinutes(u, now, Math.max(1, gap));
        if (next < end) queue.schedule(next, BG_POST, u, 0);
    }

    private void slot(int i, long now) {
        InfluencerSet inf = society.influencers();
        UniformRandomProvider r = rng[b + i];
        int[] homes = inf.subreddits()[i];
        int narr = pick(r, inf.narrativeMask()[i]);
        long due = now + r.nextInt(p.influencers().jitterMinutes() + 1);
        int k = pending.add(i, homes[r.nextInt(homes.length)], narr, society.keywords(narr, r), due);
        if (due < end) queue.schedule(due, DUE, k, 0);
        long next = now + inf.periodMinutes()[i];
        if (next < end) queue.schedule(next, SLOT, i, 0);
    }

    private void publishPending(int k, long now) {
        int i = pending.influencer(k);
        publish(b + i, true, society.influencers().popularity()[i], pending.subreddit(k), pending.narrative(k),
                pending.keywords(k), now, pending.firstDue(k));
    }

    private void publish(int user, boolean influencer, double popularity, int sub, int narr, int kw, long now, long planned) {
        int post = posts.add(user, now, sub, narr, kw, planned);
        PostFeatures.capture(record, user, influencer, sub, narr, kw, now, posts.raw(), posts.rawOffset(post));
        UniformRandomProvider r = rng[user];
        long delay = bot.react(activity(user, narr, kw, now), record.marks(), now, r);
        if (delay >= 0 && now + delay < end) queue.schedule(now + delay, ATTACK, post, 0);
        record.posted(user, now);
        double mean = commentScale * popularity;
        int comments = mean <= 0 ? 0 : PoissonSampler.of(r, mean).sample();
        double delayMean = p.comments().delayMeanMinutes();
        for (int c = 0; c < comments; c++) {
            long at = now + 1 + (long) (-Math.log(1 - r.nextDouble()) * delayMean);
            if (at < end) queue.schedule(at, COMMENT, post, commenter[user].sample());
        }
    }

    private void comment(int post, int author, long now) {
        posts.addComment(post);
        record.commented(posts.author(post));
        if (recordComments) {
            commentPost.add(post);
            commentAuthor.add(author);
            commentTime.add((int) now);
        }
    }

    private void attack(int post, long now) {
        posts.attacked(post, now);
        record.attacked(posts.author(post), posts.narrative(post), now);
        if (posts.author(post) >= b) influencerAttacks++;
    }

    TriggerRule.Activity activity(int user, int narr, int kw, long now) {
        return new TriggerRule.Activity(user, popularity(user), record.postsLastWeek(user, now), narr, kw, (int) ((now / 60) % 24));
    }

    private double popularity(int user) {
        return user < b ? society.users().popularity()[user] : society.influencers().popularity()[user - b];
    }

    static int pick(UniformRandomProvider r, int mask) {
        int k = r.nextInt(Integer.bitCount(mask));
        for (int i = 0; i < 32; i++) if ((mask & (1 << i)) != 0 && k-- == 0) return i;
        throw new IllegalArgumentException("empty mask");
    }

    public TrollParameters parameters() { return p; }
    public TrollSociety society() { return society; }
    public PostStore posts() { return posts; }
    public PublicRecord record() { return record; }
    public TrollBot bot() { return bot; }
    public PostFeatures features() { return features; }
    public long now() { return queue.time(); }
    public long end() { return end; }
    public long events() { return queue.processed(); }
    public int backgroundUsers() { return b; }
    public IntArrayList commentPosts() { return commentPost; }
    public IntArrayList commentAuthors() { return commentAuthor; }
    public IntArrayList commentTimes() { return commentTime; }
    /** Postponements as (pending id, minute decided, minute due) triples. */
    public LongArrayList reschedules() { return reschedules; }

    /** Attacks on influencers so far. */
    public int influencerAttacksSoFar() {
        return influencerAttacks;
    }

    /** True while a due post awaits {@link #decide}. */
    public boolean awaitingDecision() {
        return duePending >= 0;
    }

    /** The user id of the influencer of a pending (due or postponed) post. */
    public int pendingInfluencerUser(int pendingId) {
        return b + pending.influencer(pendingId);
    }

    /** Attacks on influencers' posts with the attack in [from, to). */
    public int influencerAttacks(long from, long to) {
        int c = 0;
        for (int q = 0; q < posts.size(); q++) {
            long t = posts.attackTime(q);
            if (t >= from && t < to && posts.author(q) >= b) c++;
        }
        return c;
    }
}
