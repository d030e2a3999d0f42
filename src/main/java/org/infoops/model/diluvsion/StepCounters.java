package org.infoops.model.diluvsion;

import org.infoops.graph.FollowerGraph;

/**
 * Running totals the per-step metrics need (spec §2.10): stance counts, theme holders, follower/followee sums
 * by stance, and this step's action counts. Kept incrementally so that recording a step costs O(1), not O(n).
 */
final class StepCounters {
    private final DiluvsionWorld world;
    final int[] stanceCount = new int[3];
    final int[] themeHolders;
    final long[] followerSum = new long[3];
    final long[] followeeSum = new long[3];

    final int[] action = new int[Action.ALL.length];
    int fallbackTweets;
    int infections;
    int conversions;
    int awake;

    StepCounters(DiluvsionWorld world) {
        this.world = world;
        this.themeHolders = new int[world.agents.themeCount];
    }

    /** Recomputes the running totals from the state (after initialisation). */
    void recount() {
        Agents ag = world.agents;
        FollowerGraph g = world.graph;
        java.util.Arrays.fill(stanceCount, 0);
        java.util.Arrays.fill(themeHolders, 0);
        java.util.Arrays.fill(followerSum, 0);
        java.util.Arrays.fill(followeeSum, 0);
        for (int a = 0; a < ag.n; a++) {
            int s = ag.stance[a];
            stanceCount[s]++;
            followerSum[s] += g.followerCount(a);
            followeeSum[s] += g.followeeCount(a);
            moveThemes(0, ag.themes[a]);
        }
    }

    void beginStep() {
        java.util.Arrays.fill(action, 0);
        fallbackTweets = 0;
        infections = 0;
        conversions = 0;
        awake = 0;
    }

    void moveStance(int a, int from, int to) {
        stanceCount[from]--;
        stanceCount[to]++;
        int followers = world.graph.followerCount(a);
        int followees = world.graph.followeeCount(a);
        followerSum[from] -= followers;
        followerSum[to] += followers;
        followeeSum[from] -= followees;
        followeeSum[to] += followees;
    }

    void moveThemes(int oldMask, int newMask) {
        int removed = oldMask & ~newMask;
        int added = newMask & ~oldMask;
        for (int t = 0; t < themeHolders.length; t++) {
            if (ThemeMask.has(removed, t)) themeHolders[t]--;
            if (ThemeMask.has(added, t)) themeHolders[t]++;
        }
    }

    void followAdded(int follower, int followee) {
        followeeSum[world.agents.stance[follower]]++;
        followerSum[world.agents.stance[followee]]++;
    }

    void followRemoved(int follower, int followee) {
        followeeSum[world.agents.stance[follower]]--;
        followerSum[world.agents.stance[followee]]--;
    }

    /** Writes this step's row in {@link DiluvsionMetrics#COLUMNS} order. */
    void writeRow(double[] row) {
        int c = 0;
        for (int s = 0; s < 3; s++) row[c++] = stanceCount[s];
        for (int t = 0; t < themeHolders.length; t++) row[c++] = themeHolders[t];
        for (int s = 0; s < 3; s++) row[c++] = stanceCount[s] == 0 ? 0 : (double) followerSum[s] / stanceCount[s];
        for (int s = 0; s < 3; s++) row[c++] = stanceCount[s] == 0 ? 0 : (double) followeeSum[s] / stanceCount[s];
        for (int count : action) row[c++] = count;
        row[c++] = fallbackTweets;
        row[c++] = infections;
        row[c++] = conversions;
        row[c++] = awake;
    }
}
