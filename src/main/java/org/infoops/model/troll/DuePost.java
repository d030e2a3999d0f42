package org.infoops.model.troll;

/**
 * An influencer post about to be published, as offered to a {@link PostingPolicy}: which influencer (index among
 * influencers) and user id, the minute, the model row of its observable features, and the activity the bots would
 * see. Only the omniscient {@link PerfectPrediction} may look at the activity through the bots' rule.
 */
public record DuePost(int pending, int influencer, int user, long now, double[] features, TriggerRule.Activity activity) {}
