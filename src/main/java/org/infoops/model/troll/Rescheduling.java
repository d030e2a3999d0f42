package org.infoops.model.troll;

/**
 * The paper's countermeasure rule (§5.1): a post whose attack likelihood is high is postponed and rescheduled
 * within {@code maxDelay} (7 days); only one rescheduling is allowed per original post. Every postponement of the
 * world passes through {@link #admit}, whatever policy asked for it.
 */
public final class Rescheduling {
    private final long maxDelayMinutes;

    public Rescheduling(long maxDelayMinutes) {
        if (maxDelayMinutes < 1) throw new IllegalArgumentException("maxDelayMinutes must be at least 1");
        this.maxDelayMinutes = maxDelayMinutes;
    }

    /**
     * The delay actually applied: 0 (post now) when the post was postponed before (once only); otherwise the
     * requested delay, which must lie in [0, maxDelay].
     */
    public long admit(long requestedMinutes, boolean alreadyPostponed) {
        if (requestedMinutes < 0 || requestedMinutes > maxDelayMinutes) {
            throw new IllegalArgumentException("postponement of " + requestedMinutes + " minutes; allowed: 0 to "
                    + maxDelayMinutes + " (within " + maxDelayMinutes / TrollParameters.MINUTES_PER_DAY + " days)");
        }
        return alreadyPostponed ? 0 : requestedMinutes;
    }

    public long maxDelayMinutes() {
        return maxDelayMinutes;
    }
}
