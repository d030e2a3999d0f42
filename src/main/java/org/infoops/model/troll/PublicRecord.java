package org.infoops.model.troll;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * What every agent can observe of the platform's history, updated as events happen: each user's recent post
 * times (posting frequency), posts published, comments received and attacks suffered, the attack marks, and the
 * times of all attacks overall and per narrative. Feature extraction reads only this, never the bots' rules.
 */
public final class PublicRecord {
    /** Recent post times kept per user: enough to count posts in a week up to this many. */
    static final int RECENT = 32;
    static final long WEEK = 7L * TrollParameters.MINUTES_PER_DAY;

    private final int[] recent;      // users x RECENT ring of post minutes
    private final int[] recentCount; // posts recorded per user (ring position = count % RECENT)
    private final int[] commentsReceived;
    private final int[] attacksSuffered;
    private final AttackMarks marks;
    private final IntArrayList attackTimes = new IntArrayList();
    private final IntArrayList[] narrativeAttackTimes;
    private int attackCursor;
    private final int[] narrativeCursor;

    public PublicRecord(int users, int narratives, long markMinutes) {
        recent = new int[users * RECENT];
        recentCount = new int[users];
        commentsReceived = new int[users];
        attacksSuffered = new int[users];
        marks = new AttackMarks(users, markMinutes);
        narrativeAttackTimes = new IntArrayList[narratives];
        for (int n = 0; n < narratives; n++) narrativeAttackTimes[n] = new IntArrayList();
        narrativeCursor = new int[narratives];
    }

    void posted(int user, long minute) {
        recent[user * RECENT + recentCount[user] % RECENT] = (int) minute;
        recentCount[user]++;
    }

    void commented(int author) {
        commentsReceived[author]++;
    }

    void attacked(int user, int narrative, long minute) {
        attacksSuffered[user]++;
        marks.mark(user, minute);
        attackTimes.add((int) minute);
        narrativeAttackTimes[narrative].add((int) minute);
    }

    public AttackMarks marks() {
        return marks;
    }

    /** Posts by the user in the 7 days before {@code now} (at most {@link #RECENT}). */
    public int postsLastWeek(int user, long now) {
        int n = Math.min(recentCount[user], RECENT), c = 0;
        int base = user * RECENT;
        for (int k = 0; k < n; k++) if (now - recent[base + k] < WEEK) c++;
        return c;
    }

    /** Minutes since the user's last post, or -1 if none. */
    public long sinceLastPost(int user, long now) {
        int n = recentCount[user];
        if (n == 0) return -1;
        return now - recent[user * RECENT + (n - 1) % RECENT];
    }

    public int posts(int user) {
        return recentCount[user];
    }

    public int commentsReceived(int user) {
        return commentsReceived[user];
    }

    public int attacksSuffered(int user) {
        return attacksSuffered[user];
    }

    /** Attacks on anyone in the {@code window} minutes before now. Calls must come with non-decreasing now. */
    public int attacksWithin(long now, long window) {
        attackCursor = advance(attackTimes, attackCursor, now - window);
        return attackTimes.size() - attackCursor;
    }

    /** Attacks on posts of this narrative in the window before now (non-decreasing now). */
    public int narrativeAttacksWithin(int narrative, long now, long window) {
        IntArrayList l = narrativeAttackTimes[narrative];
        narrativeCursor[narrative] = advance(l, narrativeCursor[narrative], now - window);
        return l.size() - narrativeCursor[narrative];
    }

    private static int advance(IntArrayList times, int cursor, long from) {
        while (cursor < times.size() && times.getInt(cursor) < from) cursor++;
        return cursor;
    }
}
