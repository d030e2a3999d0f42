package org.infoops.model.troll;

/**
 * How an influencer reacts to attacks (paper §5.1: influencers "react to attacks only through their policy"):
 * asked once for each due post that has not been postponed yet, it answers a delay in minutes (0 = post now,
 * at most the countermeasure's 7 days). The world enforces the once-only rule; a policy cannot bypass it.
 */
@FunctionalInterface
public interface PostingPolicy {
    long delay(DuePost due);

    /** Never reschedule (the paper's "no rescheduling" baseline). */
    PostingPolicy NONE = due -> 0;
}
