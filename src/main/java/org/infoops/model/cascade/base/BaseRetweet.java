package org.infoops.model.cascade.base;

/**
 * One reshare of a base post (a row of retweets.csv).
 *
 * @param postId     the original post
 * @param retweeter  user id of the resharer
 * @param time       days since 1 Feb 2021
 * @param parentUser the user whose share the retweeter saw (the author for a first-layer reshare)
 * @param quote      true for a quote tweet (reshare with added commentary), false for a plain retweet
 */
public record BaseRetweet(long postId, long retweeter, double time, long parentUser, boolean quote) {
}
