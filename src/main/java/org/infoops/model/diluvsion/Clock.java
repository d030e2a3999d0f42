package org.infoops.model.diluvsion;

/**
 * Simulation time in 30-minute steps (Diluvsion §3.6). Step 0 falls on the configured start slot of the
 * week (default Monday 00:00, spec §2.4 [X]); the week slot wraps every 336 steps.
 */
public record Clock(int startSlot) {
    public static final int STEPS_PER_DAY = DiurnalTable.SLOTS_PER_DAY;
    public static final int STEPS_PER_WEEK = DiurnalTable.SLOTS_PER_WEEK;

    public Clock {
        if (startSlot < 0 || startSlot >= STEPS_PER_WEEK) {
            throw new IllegalArgumentException("startSlot " + startSlot + " outside 0.." + (STEPS_PER_WEEK - 1));
        }
    }

    public int weekSlot(int step) {
        return (startSlot + step) % STEPS_PER_WEEK;
    }

    /** 0 = Monday .. 6 = Sunday. */
    public int dayOfWeek(int step) {
        return weekSlot(step) / STEPS_PER_DAY;
    }

    /** 0..47, the half-hour of the day. */
    public int halfHour(int step) {
        return weekSlot(step) % STEPS_PER_DAY;
    }

    /** True on the first step of each simulated week counted from step 0 (weekly quotas reset then). */
    public boolean isWeekStart(int step) {
        return step % STEPS_PER_WEEK == 0;
    }
}
