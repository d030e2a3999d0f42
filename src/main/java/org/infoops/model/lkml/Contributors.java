package org.infoops.model.lkml;

/**
 * The mailing list's contributors as primitive columns indexed by author id: how often each proposes patches and
 * joins discussions (per day), its daily active window (hours from {@code activeStart}, {@code activeSpan} long,
 * UTC), its home maintainer group and the share of its patches that go there, and {@code reviewAcceptance}: the
 * chance that a review of one of its patches recommends it (the rest ask for a revision).
 */
public record Contributors(double[] proposalsPerDay, double[] commentsPerDay, int[] activeStart, int[] activeSpan,
                           int[] homeGroup, double[] homeLoyalty, double[] reviewAcceptance) {
    public int size() {
        return proposalsPerDay.length;
    }

    public static Contributors empty(int n) {
        return new Contributors(new double[n], new double[n], new int[n], new int[n], new int[n], new double[n], new double[n]);
    }
}
