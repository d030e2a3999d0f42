package org.infoops.model.troll;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;

/**
 * Where a postponed post goes: a uniformly random minute within the countermeasure's window (1 minute to 7 days
 * later, paper §5.1: "rescheduled within 7 days"), drawn from the influencer's own stream. The paper does not say
 * how the new time is chosen; uniform is the choice that assumes nothing about the bots.
 */
public final class Postponement {
    private final UniformRandomProvider[] rng;
    private final long maxDelay;

    public Postponement(int influencers, long maxDelayMinutes, long seed) {
        RandomStreams s = new RandomStreams(seed).child("postponement");
        rng = new UniformRandomProvider[influencers];
        for (int i = 0; i < influencers; i++) rng[i] = s.stream("influencer", i);
        maxDelay = maxDelayMinutes;
    }

    public long draw(int influencer) {
        return 1 + rng[influencer].nextLong(maxDelay);
    }
}
