package org.infoops.model.diluvsion;

import java.util.Arrays;

/**
 * Every tweet, quote and reply of a run as parallel primitive arrays indexed by tweet id (ids are creation
 * order). A retweet creates no tweet: it raises the original's retweet count and re-delivers the original
 * (spec §2.5). Quote counts are kept but never visible to agents (Diluvsion §3.3.1).
 */
final class Tweets {
    static final byte TWEET = 0;
    static final byte QUOTE = 1;
    static final byte REPLY = 2;

    int count;
    int[] author;
    byte[] kind;
    byte[] stance;
    int[] themes;
    int[] parent;
    int[] step;
    int[] likes;
    int[] retweets;
    int[] replies;
    int[] quotes;
    /** Scratch stamps for de-duplicating candidate lists without allocation. */
    int[] mark;

    Tweets(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        author = new int[c];
        kind = new byte[c];
        stance = new byte[c];
        themes = new int[c];
        parent = new int[c];
        step = new int[c];
        likes = new int[c];
        retweets = new int[c];
        replies = new int[c];
        quotes = new int[c];
        mark = new int[c];
    }

    int create(int author, byte kind, int stance, int themes, int parent, int step) {
        if (count == this.author.length) grow();
        int id = count++;
        this.author[id] = author;
        this.kind[id] = kind;
        this.stance[id] = (byte) stance;
        this.themes[id] = themes;
        this.parent[id] = parent;
        this.step[id] = step;
        return id;
    }

    /**
     * How often each tweet was engaged with by the action of per-tweet limit slot {@code slot}
     * ({@link Agents#actionSlot}: likes, retweets, quotes, replies); every such action also marks the agent as
     * having acted, so a count of 0 means no agent has.
     */
    int[] engagement(int slot) {
        return switch (slot) {
            case 0 -> likes;
            case 1 -> retweets;
            case 2 -> quotes;
            case 3 -> replies;
            default -> throw new IllegalArgumentException("slot " + slot);
        };
    }

    private void grow() {
        int c = author.length * 2;
        author = Arrays.copyOf(author, c);
        kind = Arrays.copyOf(kind, c);
        stance = Arrays.copyOf(stance, c);
        themes = Arrays.copyOf(themes, c);
        parent = Arrays.copyOf(parent, c);
        step = Arrays.copyOf(step, c);
        likes = Arrays.copyOf(likes, c);
        retweets = Arrays.copyOf(retweets, c);
        replies = Arrays.copyOf(replies, c);
        quotes = Arrays.copyOf(quotes, c);
        mark = Arrays.copyOf(mark, c);
    }
}
