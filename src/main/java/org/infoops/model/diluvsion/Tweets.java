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
 * The stance (0..2) shares the author's int, which frees a field for a small filter of who acted on the tweet.
 */
final class Tweets {
    static final byte TWEET = 0;
    static final byte QUOTE = 1;
    static final byte REPLY = 2;

    /** Fields of a record; the engagement counts follow {@link Agents#actionSlot} order from {@link #LIKES}. */
    static final int AUTHOR = 0, ACTORS = 1, THEMES = 2, LIKES = 3, RETWEETS = 4, QUOTES = 5, REPLIES = 6, MARK = 7;
    private static final int SHIFT = 3; // 8 ints a record
    /** The author field holds author | stance << 30: agent ids stay below 2^30, stances are 0..2. */
    private static final int STANCE_SHIFT = 30, AUTHOR_MASK = (1 << STANCE_SHIFT) - 1;

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
        if (author > AUTHOR_MASK) throw new IllegalArgumentException("agent id " + author + " is above 2^30 - 1");
        if (count == this.kind.length) grow();
        int id = count++;
        int r = id << SHIFT;
        record[r + AUTHOR] = author | stance << STANCE_SHIFT;
        record[r + THEMES] = themes;
        this.kind[id] = kind;
        this.parent[id] = parent;
        this.step[id] = step;
        return id;
    }

    int author(int t) {
        return record[(t << SHIFT) + AUTHOR] & AUTHOR_MASK;
    }

    int stance(int t) {
        return record[(t << SHIFT) + AUTHOR] >>> STANCE_SHIFT;
    }

    /**
     * Notes that agent a did the action of limit slot {@code slot} on tweet t, in a 32-bit filter of the tweet's
     * actors: one bit per (agent, slot), chosen by hash. A clear bit proves the agent has not acted, so candidate
     * filtering, whose tweet record is already in cache, skips the per-agent lookup for most tweets.
     */
    void noteActor(int t, int a, int slot) {
        record[(t << SHIFT) + ACTORS] |= actorBit(a, slot);
    }

    /** False only if agent a has certainly not done slot's action on t; true means "look it up". */
    boolean mayHaveActed(int t, int a, int slot) {
        return (record[(t << SHIFT) + ACTORS] & actorBit(a, slot)) != 0;
    }

    private static int actorBit(int a, int slot) {
        return 1 << (((a << 2 | slot) * 0x9E3779B9) >>> 27);
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

    /** One count field ({@link #LIKES} .. {@link #REPLIES}) of every tweet, as a new array of {@link #count} values. */
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
