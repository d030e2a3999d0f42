package org.infoops.model.lkml;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infoops.learn.FeatureSchema;

/**
 * Reads messages in time order and keeps what the classifier may know about each patch: its size, how its
 * discussion went and its author's record so far. One implementation for both uses: a world feeds each message
 * as it sends it (its reversal agent sees the patch as accepted), and {@link PatchTable} replays a finished log
 * (real or simulated) and takes each patch's row at its acceptance. Only the log's own columns go in, so a real
 * log and a simulated one give the same features for the same history.
 */
public final class DiscussionTracker {
    /** Feature columns, in order (documented in the README's LKML export schema). */
    public static final FeatureSchema SCHEMA = FeatureSchema.of("files", "revisions", "reviews", "reviewers", "comments",
            "participants", "days_to_accept", "proposal_hour", "proposal_weekday", "author_accepted_before",
            "author_reversed_before", "author_messages_before", "group");
    /** Minute 0 (2021-01-01) is a Friday: weekday index 4 with Monday = 0. */
    private static final int ORIGIN_WEEKDAY = 4;

    private int[] author = new int[0], group = new int[0], files = new int[0], revisions = new int[0], reviews = new int[0],
            comments = new int[0], acceptedBefore = new int[0], reversedBefore = new int[0], messagesBefore = new int[0];
    private long[] proposed = new long[0], accepted = new long[0], reversed = new long[0];
    private final List<IntArrayList> participants = new ArrayList<>(), reviewers = new ArrayList<>();
    private int[] authorAccepted = new int[0], authorReversed = new int[0], authorMessages = new int[0];

    /** Takes one message into account (messages must come in time order). */
    public void accept(long minute, int who, MessageType type, int patch, int fileCount) {
        ensurePatch(patch);
        ensureAuthor(who);
        switch (type) {
            case PROPOSAL -> {
                author[patch] = who;
                proposed[patch] = minute;
                files[patch] = Math.max(1, fileCount);
                acceptedBefore[patch] = authorAccepted[who];
                reversedBefore[patch] = authorReversed[who];
                messagesBefore[patch] = authorMessages[who];
            }
            case REVISION -> {
                revisions[patch]++;
                files[patch] = Math.max(files[patch], fileCount);
            }
            case REVIEW -> {
                reviews[patch]++;
                addDistinct(reviewers.get(patch), who);
            }
            case COMMENT -> comments[patch]++;
            case ACCEPTANCE -> {
                if (accepted[patch] < 0) accepted[patch] = minute;
                if (author[patch] >= 0) authorAccepted[author[patch]]++;
            }
            case REVERSAL -> {
                if (reversed[patch] < 0) reversed[patch] = minute;
                if (author[patch] >= 0) authorReversed[author[patch]]++;
            }
            case REJECTION -> { }
        }
        if (who != author[patch] && type != MessageType.PROPOSAL) addDistinct(participants.get(patch), who);
        authorMessages[who]++;
    }

    /** Records a message's group (kept apart so {@link #accept} reads like the message it handles). */
    public void group(int patch, int g) {
        ensurePatch(patch);
        if (group[patch] < 0) group[patch] = g;
    }

    /** True once the patch's proposal was seen (a real log may start inside a thread). */
    public boolean proposed(int patch) {
        return patch < author.length && author[patch] >= 0;
    }

    public long acceptedAt(int patch) {
        return patch < accepted.length ? accepted[patch] : -1;
    }

    public long reversedAt(int patch) {
        return patch < reversed.length ? reversed[patch] : -1;
    }

    public int author(int patch) {
        return author[patch];
    }

    /** The patch's feature row now (at its acceptance when called then), in {@link #SCHEMA}'s order. */
    public double[] features(int patch) {
        long at = accepted[patch] >= 0 ? accepted[patch] : proposed[patch];
        long p = proposed[patch];
        return new double[] {files[patch], revisions[patch], reviews[patch], reviewers.get(patch).size(), comments[patch],
                participants.get(patch).size(), (at - p) / (double) LkmlParameters.MINUTES_PER_DAY,
                (int) ((p / 60) % 24), (int) ((Math.floorDiv(p, LkmlParameters.MINUTES_PER_DAY) + ORIGIN_WEEKDAY) % 7),
                acceptedBefore[patch], reversedBefore[patch], messagesBefore[patch], Math.max(0, group[patch])};
    }

    private static void addDistinct(IntArrayList list, int who) {
        if (!list.contains(who)) list.add(who);
    }

    private void ensurePatch(int p) {
        if (p < author.length) return;
        int n = Math.max(p + 1, author.length * 2 + 16), old = author.length;
        author = grow(author, n, -1);
        group = grow(group, n, -1);
        files = grow(files, n, 0);
        revisions = grow(revisions, n, 0);
        reviews = grow(reviews, n, 0);
        comments = grow(comments, n, 0);
        acceptedBefore = grow(acceptedBefore, n, 0);
        reversedBefore = grow(reversedBefore, n, 0);
        messagesBefore = grow(messagesBefore, n, 0);
        proposed = grow(proposed, n);
        accepted = grow(accepted, n);
        reversed = grow(reversed, n);
        for (int i = old; i < n; i++) {
            participants.add(new IntArrayList(4));
            reviewers.add(new IntArrayList(2));
        }
    }

    private void ensureAuthor(int a) {
        if (a < authorAccepted.length) return;
        int n = Math.max(a + 1, authorAccepted.length * 2 + 16);
        authorAccepted = grow(authorAccepted, n, 0);
        authorReversed = grow(authorReversed, n, 0);
        authorMessages = grow(authorMessages, n, 0);
    }

    private static int[] grow(int[] a, int n, int fill) {
        int old = a.length;
        int[] b = Arrays.copyOf(a, n);
        Arrays.fill(b, old, n, fill);
        return b;
    }

    private static long[] grow(long[] a, int n) {
        int old = a.length;
        long[] b = Arrays.copyOf(a, n);
        Arrays.fill(b, old, n, -1L);
        return b;
    }
}
