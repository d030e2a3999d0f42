package org.infoops.model.diluvsion;

/**
 * The (agent, tweet, action) triples already done, for the one-per-tweet limits (Diluvsion §3.3).
 *
 * <p>One small open-addressing table per agent, keyed by tweet and action slot. Candidate filtering asks up to 120
 * questions about the same agent in a row: with the agent's entries together, the first question brings its table
 * into cache and the rest hit it. A single table for all agents (fastutil's {@code LongOpenHashSet}, used before)
 * spreads those questions over a table of millions of entries, one cache miss each, which made it the largest
 * single cost of a step. Hand-written because no library set keeps one agent's keys contiguous without an object
 * per agent and boxing-free int keys.
 */
final class ActedTweets {
    private static final int[] NONE = new int[0];
    /** Per agent: keys (tweet << 2 | slot) + 1, 0 = empty; length a power of two, at most half full. */
    private final int[][] tables;
    private final int[] sizes;

    ActedTweets(int agents) {
        tables = new int[agents][];
        java.util.Arrays.fill(tables, NONE);
        sizes = new int[agents];
    }

    boolean contains(int agent, int tweet, int slot) {
        int[] table = tables[agent];
        if (table.length == 0) return false;
        int key = key(tweet, slot);
        int mask = table.length - 1;
        for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
            int k = table[i];
            if (k == key) return true;
            if (k == 0) return false;
        }
    }

    void add(int agent, int tweet, int slot) {
        if (contains(agent, tweet, slot)) return;
        if (2 * (sizes[agent] + 1) > tables[agent].length) tables[agent] = rehash(tables[agent]);
        insert(tables[agent], key(tweet, slot));
        sizes[agent]++;
    }

    private static int key(int tweet, int slot) {
        return ((tweet << 2) | slot) + 1;
    }

    /** Fibonacci hashing: consecutive tweet ids (the common case) land far apart. */
    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static void insert(int[] table, int key) {
        int mask = table.length - 1;
        int i = spread(key) & mask;
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = key;
    }

    private static int[] rehash(int[] old) {
        int[] table = new int[Math.max(32, old.length * 2)]; // 16 entries before the first growth
        for (int k : old) if (k != 0) insert(table, k);
        return table;
    }
}
