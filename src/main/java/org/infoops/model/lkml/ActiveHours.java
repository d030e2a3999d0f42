package org.infoops.model.lkml;

/**
 * Daily active windows: a contributor acts only inside its window of {@code span} hours from hour {@code start}
 * (UTC); an action that would fall outside waits for the window to open. Plain arithmetic on minutes.
 */
final class ActiveHours {
    private ActiveHours() {
    }

    /** The earliest minute at or after {@code t} inside the window. */
    static long next(int start, int span, long t) {
        if (span >= 24) return t;
        long day = Math.floorDiv(t, LkmlParameters.MINUTES_PER_DAY);
        long open = day * LkmlParameters.MINUTES_PER_DAY + start * 60L;
        if (open > t) open -= LkmlParameters.MINUTES_PER_DAY; // the window that started yesterday may still be open
        if (t < open + span * 60L) return t;
        return open + LkmlParameters.MINUTES_PER_DAY;
    }

    /** The minute reached after {@code active} minutes of the contributor's active time from {@code t}. */
    static long after(int start, int span, long t, double active) {
        if (span >= 24) return t + (long) Math.ceil(active);
        long cursor = next(start, span, t);
        long windowMinutes = span * 60L;
        long wholeDays = (long) (active / windowMinutes);
        cursor += wholeDays * LkmlParameters.MINUTES_PER_DAY;
        double left = active - (double) wholeDays * windowMinutes;
        long day = Math.floorDiv(cursor, LkmlParameters.MINUTES_PER_DAY);
        long open = day * LkmlParameters.MINUTES_PER_DAY + start * 60L;
        if (open > cursor) open -= LkmlParameters.MINUTES_PER_DAY;
        double room = open + windowMinutes - cursor;
        long target = cursor + (long) Math.ceil(left);
        if (target < open + windowMinutes) return target; // the window's end is exclusive
        long nextOpen = open + LkmlParameters.MINUTES_PER_DAY;
        return Math.min(nextOpen + (long) Math.ceil(Math.max(0, left - room)), nextOpen + windowMinutes - 1);
    }
}
