package org.infoops.model.diluvsion;


/**
 * The outputs of one Diluvsion run.
 *
 * @param run    run index within the scenario (selects the graph and the random streams)
 * @param steps  per-step metrics; columns listed in {@link DiluvsionMetrics#COLUMNS}
 * @param tweets one row per tweet/quote/reply with its engagement counts ({@link DiluvsionMetrics#TWEET_COLUMNS})
 * @param agents one row per agent at run end ({@link DiluvsionMetrics#AGENT_COLUMNS})
 */
public record DiluvsionRun(int run, StepSeries steps, EntityTable tweets, EntityTable agents) {}
