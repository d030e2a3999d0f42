package org.infoops.model.troll;

import java.util.Arrays;

/**
 * Who is marked as attacked (paper §5.1: "Once attacked, a user is marked as attacked for several days (in our
 * experiments it was 3 days). This bot attack mark is visible to all agents."). A mark set at minute t covers
 * [t, t + duration): it is gone at exactly t + duration. A new attack on a marked user restarts the mark.
 */
public final class AttackMarks {
    private final long[] markedUntil;
    private final long duration;

    public AttackMarks(int users, long durationMinutes) {
        markedUntil = new long[users];
        Arrays.fill(markedUntil, Long.MIN_VALUE);
        duration = durationMinutes;
    }

    public void mark(int user, long now) {
        markedUntil[user] = now + duration;
    }

    /** Visible to every agent: is {@code user} marked at minute {@code now}? */
    public boolean isMarked(int user, long now) {
        return now < markedUntil[user];
    }

    /** The minute the user's mark expires (only meaningful while marked). */
    public long expiry(int user) {
        return markedUntil[user];
    }

    public long durationMinutes() {
        return duration;
    }
}
