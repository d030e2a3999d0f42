package org.infoops.model.diluvsion;

/**
 * What the bots of each stance group achieved since the ledger was last cleared: reach (deliveries of bot-authored
 * tweets into humans' memories) and the engagement their tweets drew. An environment reads and clears it once per
 * decision; the model only adds to it.
 */
public final class FleetLedger {
    private final long[] reach = new long[3];
    private final long[] likes = new long[3];
    private final long[] retweets = new long[3];
    private final long[] replies = new long[3];
    private final long[] actions = new long[3];

    void reached(int botStance) {
        reach[botStance]++;
    }

    void engaged(Action action, int botStance) {
        switch (action) {
            case LIKE -> likes[botStance]++;
            case RETWEET -> retweets[botStance]++;
            case REPLY -> replies[botStance]++;
            default -> { }
        }
    }

    void acted(int botStance) {
        actions[botStance]++;
    }

    public long reach(Stance group) {
        return reach[group.ordinal()];
    }

    public long likes(Stance group) {
        return likes[group.ordinal()];
    }

    public long retweets(Stance group) {
        return retweets[group.ordinal()];
    }

    public long replies(Stance group) {
        return replies[group.ordinal()];
    }

    public long actions(Stance group) {
        return actions[group.ordinal()];
    }

    public void clear() {
        java.util.Arrays.fill(reach, 0);
        java.util.Arrays.fill(likes, 0);
        java.util.Arrays.fill(retweets, 0);
        java.util.Arrays.fill(replies, 0);
        java.util.Arrays.fill(actions, 0);
    }
}
