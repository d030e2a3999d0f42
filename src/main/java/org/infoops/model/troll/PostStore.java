package org.infoops.model.troll;

import java.util.Arrays;

/**
 * Every post of a run as primitive columns indexed by post id (in publication order): author, minute, subreddit,
 * narrative, keyword mask, comments drawn so far, the minute of the attack it drew (-1 if none), whether it had
 * been postponed, and the raw observable features captured when it was published ({@link PostFeatures#RAW}
 * floats per post). Grows by doubling; one store per run.
 */
public final class PostStore {
    private int size;
    private int[] author = new int[4096];
    private int[] time = new int[4096];
    private int[] subreddit = new int[4096];
    private int[] narrative = new int[4096];
    private int[] keywords = new int[4096];
    private int[] comments = new int[4096];
    private int[] attackTime = new int[4096];
    private int[] plannedTime = new int[4096];
    private float[] raw = new float[4096 * PostFeatures.RAW];

    /** Adds a post; its raw features are to be written at {@link #rawOffset(int)}. */
    int add(int user, long minute, int sub, int narr, int kw, long planned) {
        if (size == author.length) grow();
        int id = size++;
        author[id] = user;
        time[id] = (int) minute;
        subreddit[id] = sub;
        narrative[id] = narr;
        keywords[id] = kw;
        comments[id] = 0;
        attackTime[id] = -1;
        plannedTime[id] = (int) planned;
        return id;
    }

    private void grow() {
        int n = author.length * 2;
        author = Arrays.copyOf(author, n);
        time = Arrays.copyOf(time, n);
        subreddit = Arrays.copyOf(subreddit, n);
        narrative = Arrays.copyOf(narrative, n);
        keywords = Arrays.copyOf(keywords, n);
        comments = Arrays.copyOf(comments, n);
        attackTime = Arrays.copyOf(attackTime, n);
        plannedTime = Arrays.copyOf(plannedTime, n);
        raw = Arrays.copyOf(raw, n * PostFeatures.RAW);
    }

    void addComment(int post) {
        comments[post]++;
    }

    void attacked(int post, long minute) {
        attackTime[post] = (int) minute;
    }

    public int size() {
        return size;
    }

    public int author(int p) {
        return author[p];
    }

    public long time(int p) {
        return time[p];
    }

    public int subreddit(int p) {
        return subreddit[p];
    }

    public int narrative(int p) {
        return narrative[p];
    }

    public int keywords(int p) {
        return keywords[p];
    }

    public int comments(int p) {
        return comments[p];
    }

    /** The minute of the attack the post drew, or -1. */
    public long attackTime(int p) {
        return attackTime[p];
    }

    public boolean attacked(int p) {
        return attackTime[p] >= 0;
    }

    /** The minute the post was first due (differs from {@link #time} when it was postponed). */
    public long plannedTime(int p) {
        return plannedTime[p];
    }

    public boolean postponed(int p) {
        return plannedTime[p] != time[p];
    }

    float[] raw() {
        return raw;
    }

    public int rawOffset(int p) {
        return p * PostFeatures.RAW;
    }

    /** A copy of the raw features of post p. */
    public float[] rawFeatures(int p) {
        return Arrays.copyOfRange(raw, p * PostFeatures.RAW, (p + 1) * PostFeatures.RAW);
    }
}
