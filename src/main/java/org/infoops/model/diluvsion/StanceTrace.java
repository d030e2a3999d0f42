package org.infoops.model.diluvsion;

import org.infoops.graph.FollowerGraph;
import org.infoops.kernel.RandomStreams;

/**
 * One run followed agent by agent, for the paper's network figures (Figures 5-9): the follower graph at the start
 * and at the end, every agent's stance after every step, and per agent the likes and replies its tweets received.
 * Same streams as {@link DiluvsionModel#run}, so the trajectory is the run's own.
 *
 * @param start   the graph before step 0 (bots included)
 * @param end     the graph after the last step (follows and unfollows applied)
 * @param bot     per agent
 * @param stance  [step][agent] stance index (0 negative, 1 neutral, 2 positive); row 0 is the start
 * @param likes   per agent: likes received over the run
 * @param replies per agent: replies received over the run
 */
public record StanceTrace(FollowerGraph start, FollowerGraph end, boolean[] bot, byte[][] stance, long[] likes, long[] replies) {

    public static StanceTrace record(DiluvsionSetup setup, FollowerGraph graph, RandomStreams streams, int runIndex) {
        DiluvsionWorld w = WorldBuilder.build(setup, graph, streams, runIndex);
        int n = w.agents.n;
        FollowerGraph start = w.graph.copy();
        byte[][] stance = new byte[setup.steps() + 1][];
        stance[0] = w.agents.stance.clone();
        for (int s = 0; s < setup.steps(); s++) {
            w.step();
            stance[s + 1] = w.agents.stance.clone();
        }
        long[] likes = new long[n], replies = new long[n];
        for (int a = 0; a < n; a++) {
            likes[a] = w.agents.likesReceived[a];
            replies[a] = w.agents.repliesReceived[a];
        }
        return new StanceTrace(start, w.graph.copy(), w.agents.bot.clone(), stance, likes, replies);
    }

    public int agents() {
        return bot.length;
    }
}
