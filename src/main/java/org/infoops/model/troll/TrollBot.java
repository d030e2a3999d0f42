package org.infoops.model.troll;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The troll-bot agent: a group of bots with unlimited capacity (paper §5.1) that attacks a user as a reaction to
 * that user's activity when its trigger rule matches. With {@code ignoreMarked}, a user already marked as attacked
 * is left alone until the mark expires (the running attack covers them); with {@code attackProbability} below 1,
 * a match leads to an attack only by chance. The reaction comes after a delay drawn uniformly from the range.
 */
public final class TrollBot {
    private final TrollParameters.Bots settings;

    public TrollBot(TrollParameters.Bots settings) {
        this.settings = settings;
    }

    /** Would the bots attack this activity? (No randomness: the rule and the mark only.) */
    public boolean triggered(TriggerRule.Activity a, AttackMarks marks, long now) {
        if (settings.ignoreMarked() && marks.isMarked(a.author(), now)) return false;
        return settings.rule().matches(a);
    }

    /**
     * The attack delay in minutes if the bots attack, or -1. Random draws come from {@code rng}, the acting
     * author's own stream, so one author's choices never shift another author's randomness.
     */
    public long react(TriggerRule.Activity a, AttackMarks marks, long now, UniformRandomProvider rng) {
        // Both draws are made whether or not the rule matches, so the rules never shift the author's stream
        // (the same seed gives the same background activity under any rule set).
        double coin = rng.nextDouble();
        TrollParameters.Range d = settings.delayMinutes();
        long delay = (long) d.minimum() + rng.nextLong((long) d.maximum() - (long) d.minimum() + 1);
        if (!triggered(a, marks, now) || coin >= settings.attackProbability()) return -1;
        return delay;
    }

    public TrollParameters.Bots settings() {
        return settings;
    }
}
