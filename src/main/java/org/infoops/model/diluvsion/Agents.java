package org.infoops.model.diluvsion;

/**
 * The mutable state of all agents, as parallel arrays indexed by agent id (hot loops touch primitives only).
 * Humans and bots share the arrays; bot-only fields are unused for humans.
 */
final class Agents {
    final int n;
    final boolean[] bot;
    final byte[] stance;
    final byte[] startStance;
    final int[] themes;
    /** Last-use stamp per (agent, theme), for "recently used" choices and least-recently-used eviction. */
    final int[] themeStamp;
    int stampClock = 1;
    final int themeCount;
    final double[] resistance;
    final int[] category;
    final int[] weeklyQuota;
    final int[] quotaUsed;
    final int[] conversions;
    final int[] tweetsAuthored;
    final int[] likesReceived;
    final int[] repliesReceived;
    /** The (agent, tweet, action) triples already done, for the one-per-tweet limits (§3.3). */
    private final ActedTweets acted;

    // Bot behaviour, per bot so that an environment can steer each bot (spec §2.8).
    final boolean[] primaryVulnerable;
    final double[] primaryProbability;
    final int[] conservedThemes;
    final boolean[] adoptThemes;
    final int[] pollWatermark;

    Agents(int n, int themeCount) {
        this.n = n;
        this.themeCount = themeCount;
        bot = new boolean[n];
        stance = new byte[n];
        startStance = new byte[n];
        themes = new int[n];
        themeStamp = new int[n * themeCount];
        resistance = new double[n];
        category = new int[n];
        weeklyQuota = new int[n];
        quotaUsed = new int[n];
        conversions = new int[n];
        tweetsAuthored = new int[n];
        likesReceived = new int[n];
        repliesReceived = new int[n];
        acted = new ActedTweets(n);
        primaryVulnerable = new boolean[n];
        primaryProbability = new double[n];
        conservedThemes = new int[n];
        adoptThemes = new boolean[n];
        pollWatermark = new int[n];
    }

    static int actionSlot(Action a) {
        return switch (a) {
            case LIKE -> 0;
            case RETWEET -> 1;
            case QUOTE -> 2;
            case REPLY -> 3;
            default -> throw new IllegalArgumentException(a + " has no per-tweet limit");
        };
    }

    boolean hasActed(int agent, int tweet, int slot) {
        return acted.contains(agent, tweet, slot);
    }

    void markActed(int agent, int tweet, int slot) {
        acted.add(agent, tweet, slot);
    }

    void touchTheme(int agent, int theme0) {
        themeStamp[agent * themeCount + theme0] = stampClock++;
    }

    int themeStamp(int agent, int theme0) {
        return themeStamp[agent * themeCount + theme0];
    }
}
