package org.infoops.model.diluvsion;

import java.util.Arrays;

/**
 * Every tweet, quote and reply of a run, indexed by tweet id (ids are creation order). A retweet creates no tweet:
 * it raises the original's retweet count and re-delivers the original (spec §2.5). Quote counts are kept but never
 * visible to agents (Diluvsion §3.3.1).
 *
 * <p>What the step loop reads for every candidate tweet (author, stance, themes, the four engagement counts and a
 * scratch stamp) sits in one 32-byte record per tweet in a single int array, rather than in one array per field:
 * scoring a seen tweet, whose id is effectively random, then costs one or two cache lines instead of six or seven, which is
 * most of the step's time at 100,000 agents. What only the outputs read (kind, parent, step) stays in plain arrays.
 */
final class Tweets {
    static final byte TWEET = 0;
    static final byte QUOTE = 1;
    static final byte REPLY = 2;

    /** Fields of a record; the engagement counts follow {@link Agents#actionSlot} order from {@link #LIKES}. */
    static final int AUTHOR = 0, STANCE = 1, THEMES = 2, LIKES = 3, RETWEETS = 4, QUOTES = 5, REPLIES = 6, MARK = 7;
    private static final int SHIFT = 3; // 8 ints a record

    int count;
    private int[] record;
    byte[] kind;
    int[] parent;
    int[] step;

    Tweets(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        record = new int[c << SHIFT];
        kind = new byte[c];
        parent = new int[c];
        step = new int[c];
    }

    int create(int author, byte kind, int stance, int themes, int parent, int step) {
        if (count == this.kind.length) grow();
        int id = count++;
        int r = id << SHIFT;
        record[r + AUTHOR] = author;
        record[r + STANCE] = stance;
        record[r + THEMES] = themes;
        this.kind[id] = kind;
        this.parent[id] = parent;
        this.step[id] = step;
        return id;
    }

    int author(int t) {
        return record[(t << SHIFT) + AUTHOR];
    }

    int stance(int t) {
        return record[(t << SHIFT) + STANCE];
    }

    int themes(int t) {
        return record[(t << SHIFT) + THEMES];
    }

    int likes(int t) {
        return record[(t << SHIFT) + LIKES];
    }

    int retweets(int t) {
        return record[(t << SHIFT) + RETWEETS];
    }

    int quotes(int t) {
        return record[(t << SHIFT) + QUOTES];
    }

    int replies(int t) {
        return record[(t << SHIFT) + REPLIES];
    }

    /**
     * How often tweet t was engaged with by the action of per-tweet limit slot {@code slot} ({@link Agents#actionSlot}:
     * likes, retweets, quotes, replies); every such action also marks the agent as having acted, so 0 means no agent has.
     */
    int engagement(int t, int slot) {
        return record[(t << SHIFT) + LIKES + slot];
    }

    /** Adds one to a count field ({@link #LIKES} .. {@link #REPLIES}). */
    void increment(int t, int field) {
        record[(t << SHIFT) + field]++;
    }

    /** Sets a field directly (tests build tweets with given counts). */
    void set(int t, int field, int value) {
        record[(t << SHIFT) + field] = value;
    }

    /** The scratch stamp used to de-duplicate candidate lists without allocation. */
    int mark(int t) {
        return record[(t << SHIFT) + MARK];
    }

    void setMark(int t, int stamp) {
        record[(t << SHIFT) + MARK] = stamp;
    }

    /** One field of every tweet, as a new array of {@link #count} values. */
    int[] column(int field) {
        int[] values = new int[count];
        for (int t = 0; t < count; t++) values[t] = record[(t << SHIFT) + field];
        return values;
    }

    private void grow() {
        int c = kind.length * 2;
        record = Arrays.copyOf(record, c << SHIFT);
        kind = Arrays.copyOf(kind, c);
        parent = Arrays.copyOf(parent, c);
        step = Arrays.copyOf(step, c);
    }
}
