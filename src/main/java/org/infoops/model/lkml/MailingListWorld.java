package org.infoops.model.lkml;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.infoops.kernel.EventQueue;
import org.infoops.kernel.RandomStreams;

/**
 * The Linux Kernel Mailing List as a discrete-event world (paper §4.1), on the kernel's event queue. Contributors
 * propose patches on their own clocks, in their active hours and mostly in their home group. The informal process
 * follows each proposal: a maintainer of the group inspects it and assigns reviewers (a triage comment); each
 * reviewer may ask the author questions (comment, answer) and then recommends the patch or asks for a revision
 * (review); the author revises and the reviewers look again; anyone may join with comments while the thread is
 * open; once every reviewer recommended, or the revisions ran out, the maintainer accepts or rejects. An accepted
 * patch may later be reversed, when the {@link ReversalModel} says so. Every message goes to the {@link MessageLog}.
 *
 * <p>Randomness: a contributor's proposal clock draws from its own stream and everything about a patch from the
 * patch's own stream, so the same seed gives the same log whatever else changes in the event order.
 */
public final class MailingListWorld {
    static final int PROPOSE = 0, INSPECT = 1, REVIEW = 2, ANSWER = 3, REVISE = 4, DECIDE = 5, JOIN = 6, REVERT = 7;

    /** A patch's thread state while the process runs. */
    private static final class Thread {
        final int author, group;
        final int[] files;
        final UniformRandomProvider rng;
        double acceptance;
        int maintainer, awaiting, revisions;
        int[] reviewers = new int[0], questions = new int[0];
        boolean revisionAsked, open = true;

        Thread(int author, int group, int[] files, UniformRandomProvider rng) {
            this.author = author;
            this.group = group;
            this.files = files;
            this.rng = rng;
        }

        int reviewerIndex(int who) {
            for (int i = 0; i < reviewers.length; i++) if (reviewers[i] == who) return i;
            throw new IllegalStateException("contributor " + who + " is not a reviewer of this patch");
        }
    }

    private final LkmlParameters.Process process;
    private final Contributors people;
    private final MaintainerGroups groups;
    private final PatchNature nature;
    private final ReversalModel reversal;
    private final RandomStreams streams;
    private final EventQueue queue = new EventQueue();
    private final MessageLog log = new MessageLog();
    private final DiscussionTracker tracker = new DiscussionTracker();
    private final List<Thread> threads = new ArrayList<>();
    private final UniformRandomProvider[] clock;
    private final SharedStateDiscreteSampler bystander;
    private final SharedStateDiscreteSampler[] maintainerPick, reviewerPick, filePick;
    private final int[] openGroups;
    private final long proposalsEnd, end, horizon;

    /**
     * @param proposalsEnd no new patches from this minute on; threads and reversals continue until {@code end}
     * @param horizon      reversals later than this after acceptance are not scheduled (they fall outside any label)
     */
    public MailingListWorld(LkmlParameters.Process process, Contributors people, MaintainerGroups groups, PatchNature nature,
                            ReversalModel reversal, long seed, long proposalsEnd, long end, long horizon) {
        this.process = process;
        this.people = people;
        this.groups = groups;
        this.nature = nature;
        this.reversal = reversal;
        this.proposalsEnd = proposalsEnd;
        this.end = end;
        this.horizon = horizon;
        streams = new RandomStreams(seed).child("lkml-world");
        int n = people.size();
        clock = new UniformRandomProvider[n];
        for (int a = 0; a < n; a++) clock[a] = streams.stream("contributor", a);
        double[] w = people.commentsPerDay().clone();
        if (java.util.Arrays.stream(w).sum() <= 0) java.util.Arrays.fill(w, 1);
        bystander = AliasMethodDiscreteSampler.of(streams.stream("bystander-table"), w);
        int g = groups.size();
        maintainerPick = new SharedStateDiscreteSampler[g];
        reviewerPick = new SharedStateDiscreteSampler[g];
        filePick = new SharedStateDiscreteSampler[g];
        openGroups = java.util.stream.IntStream.range(0, g).filter(groups::open).toArray();
        if (openGroups.length == 0) throw new IllegalArgumentException("no maintainer group has both maintainers and files");
        for (int k : openGroups) {
            maintainerPick[k] = AliasMethodDiscreteSampler.of(streams.stream("table", k), groups.maintainerWeights()[k]);
            filePick[k] = AliasMethodDiscreteSampler.of(streams.stream("table", k), groups.fileWeights()[k]);
            if (groups.reviewers()[k].length > 0) reviewerPick[k] = AliasMethodDiscreteSampler.of(streams.stream("table", k), groups.reviewerWeights()[k]);
        }
        for (int a = 0; a < n; a++) scheduleProposal(a, 0);
    }

    /** Runs every event before the end; returns the log. */
    public MessageLog run() {
        while (queue.peekTime() < end) {
            queue.next();
            long now = queue.time();
            int a = queue.a(), b = queue.b();
            switch (queue.kind()) {
                case PROPOSE -> propose(a, now);
                case INSPECT -> inspect(threads.get(a), a, now);
                case REVIEW -> review(threads.get(a), a, b, now);
                case ANSWER -> answer(threads.get(a), a, b, now);
                case REVISE -> revise(threads.get(a), a, now);
                case DECIDE -> decide(threads.get(a), a, now);
                case JOIN -> join(threads.get(a), a, b, now);
                case REVERT -> emit(now, threads.get(a).maintainer, MessageType.REVERSAL, a, null, threads.get(a).author);
                default -> throw new IllegalStateException("unknown event kind " + queue.kind());
            }
        }
        return log;
    }

    public MessageLog log() {
        return log;
    }

    public long events() {
        return queue.processed();
    }

    private void scheduleProposal(int a, long now) {
        double rate = people.proposalsPerDay()[a];
        if (rate <= 0) return;
        int span = people.activeSpan()[a];
        // A Poisson process on the contributor's own clock: exponential gaps in its active minutes.
        double gap = -Math.log(1 - clock[a].nextDouble()) * Math.min(24, span) * 60.0 / rate;
        long at = ActiveHours.after(people.activeStart()[a], span, now, Math.max(1, gap));
        if (at < proposalsEnd && at < end) queue.schedule(at, PROPOSE, a, 0);
    }

    private void propose(int a, long now) {
        UniformRandomProvider c = clock[a];
        int home = people.homeGroup()[a];
        int g = c.nextDouble() < people.homeLoyalty()[a] && groups.open(home) ? home : openGroups[c.nextInt(openGroups.length)];
        int p = threads.size();
        UniformRandomProvider r = streams.stream("patch", p);
        int count = 1 + geometric(r, process.filesMean() - 1);
        int[] files = new int[count];
        for (int i = 0; i < count; i++) files[i] = groups.files()[g][filePick[g].withUniformRandomProvider(r).sample()];
        files = java.util.Arrays.stream(files).distinct().toArray();
        Thread t = new Thread(a, g, files, r);
        threads.add(t);
        emit(now, a, MessageType.PROPOSAL, p, files, -1);
        t.acceptance = nature.reviewAcceptance(p, a, r);
        t.maintainer = pickOther(maintainerPick[g], groups.maintainers()[g], r, a);
        queue.schedule(at(t.maintainer, now, process.inspectHours(), r), INSPECT, p, 0);
        int joins = process.bystanderComments() > 0 ? PoissonSampler.of(r, process.bystanderComments()).sample() : 0;
        for (int j = 0; j < joins; j++) {
            int who = bystander.withUniformRandomProvider(r).sample();
            if (who != a) queue.schedule(at(who, now, process.joinHours(), r), JOIN, p, who);
        }
        scheduleProposal(a, now);
    }

    private void inspect(Thread t, int p, long now) {
        emit(now, t.maintainer, MessageType.COMMENT, p, null, t.author); // the triage note naming the reviewers
        UniformRandomProvider r = t.rng;
        int want = process.reviewersMin() + r.nextInt(process.reviewersMax() - process.reviewersMin() + 1);
        int[] pool = groups.reviewers()[t.group];
        List<Integer> chosen = new ArrayList<>();
        for (int tries = 0; tries < 8 * want && chosen.size() < want && reviewerPick[t.group] != null; tries++) {
            int who = pool[reviewerPick[t.group].withUniformRandomProvider(r).sample()];
            if (who != t.author && !chosen.contains(who)) chosen.add(who);
        }
        if (chosen.isEmpty()) chosen.add(t.maintainer); // no reviewer available: the maintainer reviews it himself
        t.reviewers = chosen.stream().mapToInt(Integer::intValue).toArray();
        t.questions = new int[t.reviewers.length];
        startRound(t, p, now);
    }

    private void startRound(Thread t, int p, long now) {
        t.awaiting = t.reviewers.length;
        t.revisionAsked = false;
        for (int who : t.reviewers) queue.schedule(at(who, now, process.reviewHours(), t.rng), REVIEW, p, who);
    }

    private void review(Thread t, int p, int who, long now) {
        if (!t.open) return;
        int i = t.reviewerIndex(who);
        if (t.questions[i] < process.questionsMax() && t.rng.nextDouble() < process.questionShare()) {
            t.questions[i]++;
            emit(now, who, MessageType.COMMENT, p, null, t.author); // a question to the author
            queue.schedule(at(t.author, now, process.answerHours(), t.rng), ANSWER, p, who);
            return;
        }
        boolean recommends = t.rng.nextDouble() < t.acceptance;
        emit(now, who, MessageType.REVIEW, p, null, t.author);
        if (!recommends) t.revisionAsked = true;
        if (--t.awaiting > 0) return;
        if (!t.revisionAsked) {
            queue.schedule(at(t.maintainer, now, process.decideHours(), t.rng), DECIDE, p, 1);
        } else if (t.revisions < process.revisionsMax()) {
            queue.schedule(at(t.author, now, process.revisionHours(), t.rng), REVISE, p, 0);
        } else {
            queue.schedule(at(t.maintainer, now, process.decideHours(), t.rng), DECIDE, p, 0);
        }
    }

    private void answer(Thread t, int p, int reviewer, long now) {
        if (!t.open) return;
        emit(now, t.author, MessageType.COMMENT, p, null, reviewer);
        queue.schedule(at(reviewer, now, process.reviewHours(), t.rng), REVIEW, p, reviewer);
    }

    private void revise(Thread t, int p, long now) {
        t.revisions++;
        emit(now, t.author, MessageType.REVISION, p, t.files, -1);
        t.acceptance += (1 - t.acceptance) * process.revisionImprovement();
        startRound(t, p, now);
    }

    private void decide(Thread t, int p, long now) {
        boolean recommended = queue.b() == 1;
        t.open = false;
        double accept = recommended ? process.acceptWhenRecommended() : process.acceptWhenExhausted();
        if (t.rng.nextDouble() >= accept) {
            emit(now, t.maintainer, MessageType.REJECTION, p, null, t.author);
            return;
        }
        emit(now, t.maintainer, MessageType.ACCEPTANCE, p, null, t.author);
        long delay = reversal.reversalDelay(p, tracker.features(p), t.rng);
        if (delay >= 0 && delay <= horizon && now + delay < end) queue.schedule(now + delay, REVERT, p, 0);
    }

    private void join(Thread t, int p, int who, long now) {
        if (t.open) emit(now, who, MessageType.COMMENT, p, null, t.author);
    }

    private void emit(long now, int who, MessageType type, int p, int[] files, int parent) {
        Thread t = threads.get(p);
        log.add(now, who, type, p, files, t.group, parent);
        tracker.group(p, t.group);
        tracker.accept(now, who, type, p, files == null ? 0 : files.length);
    }

    /** After an exponential delay of the given mean (hours), at the next minute inside the actor's active hours. */
    private long at(int who, long now, double meanHours, UniformRandomProvider r) {
        long t = now + 1 + (long) (-Math.log(1 - r.nextDouble()) * meanHours * 60);
        return ActiveHours.next(people.activeStart()[who], people.activeSpan()[who], t);
    }

    private static int pickOther(SharedStateDiscreteSampler s, int[] ids, UniformRandomProvider r, int avoid) {
        int who = ids[s.withUniformRandomProvider(r).sample()];
        for (int k = 0; k < 4 && who == avoid && ids.length > 1; k++) who = ids[s.withUniformRandomProvider(r).sample()];
        return who;
    }

    /** Failures before the first success with the given mean (0 for a mean of 0). */
    static int geometric(UniformRandomProvider r, double mean) {
        if (mean <= 0) return 0;
        double q = mean / (1 + mean); // P(another one)
        int k = 0;
        while (r.nextDouble() < q && k < 64) k++;
        return k;
    }
}
