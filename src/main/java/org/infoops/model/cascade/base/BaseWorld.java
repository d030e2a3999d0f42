package org.infoops.model.cascade.base;

import java.util.List;

/**
 * A base history: what a data collection like the paper's Brandwatch pull would give (posts and reshares with
 * times), plus the hidden truth of the synthetic generator (latent communities, topic preferences, follow graph)
 * which the pipeline never reads; tests use it to check the generator, reports to compare with what was learnt.
 *
 * @param userCount       users 0..userCount-1
 * @param topics          topic names (index = BasePost.topic)
 * @param posts           original posts, ordered by time
 * @param retweets        reshares, ordered by post then time
 * @param latentCommunity hidden community per user (null for real data)
 * @param latentFollowers hidden follow graph: latentFollowers[u] = users who see u's shares (null for real data)
 * @param hiddenRule      the true reshare probability (null for real data)
 */
public record BaseWorld(int userCount, List<String> topics, List<BasePost> posts, List<BaseRetweet> retweets,
                        int[] latentCommunity, int[][] latentFollowers, HiddenRule hiddenRule) {
    public BaseWorld {
        topics = List.copyOf(topics);
        posts = List.copyOf(posts);
        retweets = List.copyOf(retweets);
    }

    /** True when the hidden truth is known (a generated world, not real data). */
    public boolean synthetic() {
        return latentFollowers != null;
    }
}
