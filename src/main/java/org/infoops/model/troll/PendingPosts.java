package org.infoops.model.troll;

import java.util.Arrays;

/**
 * Influencer posts between their scheduled slot and publication: who, what (subreddit, narrative, keywords, fixed
 * when the slot comes so the policy sees the post it decides on), when it was first due, and whether it has been
 * postponed already (paper §5.1: "Only one rescheduling is allowed per original action").
 */
final class PendingPosts {
    private int size;
    private int[] influencer = new int[256];
    private int[] subreddit = new int[256];
    private int[] narrative = new int[256];
    private int[] keywords = new int[256];
    private long[] firstDue = new long[256];
    private boolean[] postponed = new boolean[256];

    int add(int i, int sub, int narr, int kw, long due) {
        if (size == influencer.length) {
            int n = size * 2;
            influencer = Arrays.copyOf(influencer, n);
            subreddit = Arrays.copyOf(subreddit, n);
            narrative = Arrays.copyOf(narrative, n);
            keywords = Arrays.copyOf(keywords, n);
            firstDue = Arrays.copyOf(firstDue, n);
            postponed = Arrays.copyOf(postponed, n);
        }
        influencer[size] = i;
        subreddit[size] = sub;
        narrative[size] = narr;
        keywords[size] = kw;
        firstDue[size] = due;
        return size++;
    }

    int influencer(int k) {
        return influencer[k];
    }

    int subreddit(int k) {
        return subreddit[k];
    }

    int narrative(int k) {
        return narrative[k];
    }

    int keywords(int k) {
        return keywords[k];
    }

    long firstDue(int k) {
        return firstDue[k];
    }

    boolean postponed(int k) {
        return postponed[k];
    }

    void postpone(int k) {
        postponed[k] = true;
    }

    void retopic(int k, int narr, int kw) {
        narrative[k] = narr;
        keywords[k] = kw;
    }
}
