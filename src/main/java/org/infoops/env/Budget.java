package org.infoops.env;

/**
 * Admits an environment instance's {@link Footprint} before it allocates: an environment calls
 * {@link Options#admit} with its estimate as soon as it can compute it from its options, and before
 * building anything large. In-process callers have no budget; the server gives each new session one
 * that checks the estimate against the per-session limits and reserves its memory in the server-wide pool.
 */
@FunctionalInterface
public interface Budget {
    /** Nothing is limited. */
    Budget UNLIMITED = footprint -> { };

    /** @throws BudgetExceededException if the estimate is over a limit (nothing is reserved then) */
    void admit(Footprint footprint);
}
