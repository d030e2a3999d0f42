package org.infoops.model.diluvsion;

import org.infoops.graph.FollowerGraph;
import org.infoops.kernel.RandomStreams;

/** Entry point: one Diluvsion run from setup to outputs. */
public final class DiluvsionModel {
    private DiluvsionModel() {}

    /**
     * Runs one replicate.
     *
     * @param setup    the scenario's model setup
     * @param graph    the graph for this run: setup.parameters().population().agents() nodes when bots are embedded,
     *                 agents - bots nodes when they are placed on the fringe (the model appends the bots); not mutated
     * @param streams  the scenario's root streams; the run draws only from streams derived with its run index
     * @param runIndex run number (0-based)
     */
    public static DiluvsionRun run(DiluvsionSetup setup, FollowerGraph graph, RandomStreams streams, int runIndex) {
        DiluvsionWorld world = WorldBuilder.build(setup, graph, streams, runIndex);
        // Row k is the state after k steps: row 0 is the start (Table 1's start column), then one row per step.
        MetricRecorder recorder = new MetricRecorder(DiluvsionMetrics.COLUMNS, setup.steps() + 1);
        world.counters.writeRow(recorder.row());
        recorder.commit();
        for (int s = 0; s < setup.steps(); s++) {
            world.step();
            world.counters.writeRow(recorder.row());
            recorder.commit();
        }
        return new DiluvsionRun(runIndex, recorder.series(), tweetTable(world), agentTable(world));
    }

    static EntityTable tweetTable(DiluvsionWorld w) {
        Tweets tw = w.tweets;
        int n = tw.count;
        long[][] v = new long[DiluvsionMetrics.TWEET_COLUMNS.size()][n];
        for (int t = 0; t < n; t++) {
            v[0][t] = t;
            v[1][t] = tw.author(t);
            v[2][t] = w.agents.bot[tw.author(t)] ? 1 : 0;
            v[3][t] = tw.kind[t];
            v[4][t] = Stance.ALL[tw.stance(t)].position();
            v[5][t] = tw.themes(t);
            v[6][t] = tw.parent[t];
            v[7][t] = tw.step[t];
            v[8][t] = tw.likes(t);
            v[9][t] = tw.retweets(t);
            v[10][t] = tw.replies(t);
            v[11][t] = tw.quotes(t);
        }
        return new EntityTable(DiluvsionMetrics.TWEET_COLUMNS, v);
    }

    static EntityTable agentTable(DiluvsionWorld w) {
        Agents ag = w.agents;
        long[][] v = new long[DiluvsionMetrics.AGENT_COLUMNS.size()][ag.n];
        for (int a = 0; a < ag.n; a++) {
            v[0][a] = a;
            v[1][a] = ag.bot[a] ? 1 : 0;
            v[2][a] = RoleTable.ROLES.indexOf(w.roles.role(ag.category[a]));
            v[3][a] = w.roles.levels().indexOf(w.roles.level(ag.category[a]));
            v[4][a] = Stance.ALL[ag.startStance[a]].position();
            v[5][a] = Stance.ALL[ag.stance[a]].position();
            v[6][a] = ag.conversions[a];
            v[7][a] = w.graph.followerCount(a);
            v[8][a] = w.graph.followeeCount(a);
            v[9][a] = ag.tweetsAuthored[a];
            v[10][a] = ag.likesReceived[a];
            v[11][a] = ag.repliesReceived[a];
        }
        return new EntityTable(DiluvsionMetrics.AGENT_COLUMNS, v);
    }
}
