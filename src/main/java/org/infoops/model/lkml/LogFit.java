package org.infoops.model.lkml;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the mailing-list world to the messages of a log window (the paper's agents "trained on 6 months of LKML
 * messages", §4.1). Everything comes from the log's own columns:
 * <ul>
 *   <li>per contributor: proposals and other messages per day over the window, the shortest daily window of hours
 *       holding {@code activeShare} of its messages, its home group (where most of its proposals, else messages,
 *       went) and the share of its proposals there, and the chance a review of its patches recommends them:
 *       from its patches' review rounds (a round passes unless it ends in a revision), shrunk to the log's
 *       average by {@code priorPatches}, then taken per reviewer (a round of k reviews passes with q^k);</li>
 *   <li>per maintainer group: maintainers = who accepted or rejected its patches, reviewers = who reviewed them,
 *       files = what its proposals touched, each weighted by how often;</li>
 *   <li>reversals: {@link FittedReversal}.</li>
 * </ul>
 */
public final class LogFit {
    private LogFit() {
    }

    /** The fitted world's parts; {@link #world} builds a runnable world from them. */
    public record FittedWorld(Contributors contributors, MaintainerGroups groups, FittedReversal reversal) {
        public MailingListWorld world(LkmlParameters.Process process, long seed, long proposalsEnd, long end, long horizon) {
            double[] q = contributors.reviewAcceptance();
            return new MailingListWorld(process, contributors, groups, (p, a, r) -> q[a], reversal, seed, proposalsEnd, end, horizon);
        }
    }

    public static FittedWorld fit(MessageLog log, PatchTable table, LkmlParameters p) {
        long windowEnd = p.periods().fitEnd();
        double days = p.periods().fitDays();
        int n = log.authorCount(), g = log.groupCount();
        Contributors c = Contributors.empty(n);
        int[] proposals = new int[n], messages = new int[n];
        int[][] hours = new int[n][24], proposalGroups = new int[n][g], messageGroups = new int[n][g];
        List<Int2IntOpenHashMap> maint = counters(g), rev = counters(g), files = counters(g);
        int patches = log.patchCount();
        int[] patchAuthor = new int[patches], reviews = new int[patches], revisions = new int[patches];
        boolean[] decided = new boolean[patches];
        java.util.Arrays.fill(patchAuthor, -1);
        for (int m = 0; m < log.size() && log.minute(m) < windowEnd; m++) {
            int a = log.author(m), k = log.group(m), pt = log.patch(m);
            hours[a][(int) ((log.minute(m) / 60) % 24)]++;
            messageGroups[a][k]++;
            switch (log.type(m)) {
                case PROPOSAL -> {
                    proposals[a]++;
                    proposalGroups[a][k]++;
                    patchAuthor[pt] = a;
                    for (int f : log.files(m)) files.get(k).addTo(f, 1);
                }
                case REVISION -> {
                    revisions[pt]++;
                    messages[a]++;
                    for (int f : log.files(m)) files.get(k).addTo(f, 1);
                }
                case REVIEW -> {
                    reviews[pt]++;
                    messages[a]++;
                    rev.get(k).addTo(a, 1);
                }
                case ACCEPTANCE, REJECTION -> {
                    decided[pt] = true;
                    messages[a]++;
                    maint.get(k).addTo(a, 1);
                }
                default -> messages[a]++;
            }
        }
        // Review outcome: rounds = revisions + 1 per decided patch; a round passes unless it ended in a revision.
        double[] rounds = new double[n], passes = new double[n];
        double allRounds = 0, allPasses = 0, allReviews = 0;
        for (int pt = 0; pt < patches; pt++) {
            int a = patchAuthor[pt];
            if (a < 0 || !decided[pt]) continue;
            rounds[a] += revisions[pt] + 1;
            passes[a] += 1;
            allRounds += revisions[pt] + 1;
            allPasses += 1;
            allReviews += reviews[pt];
        }
        double meanPass = allRounds > 0 ? allPasses / allRounds : 0.5;
        double reviewsPerRound = allRounds > 0 ? Math.max(1, allReviews / allRounds) : 1;
        double prior = p.fit().priorPatches() * (allPasses > 0 ? allRounds / allPasses : 1);
        for (int a = 0; a < n; a++) {
            c.proposalsPerDay()[a] = proposals[a] / days;
            c.commentsPerDay()[a] = messages[a] / days;
            int[] w = window(hours[a], p.fit().activeShare());
            c.activeStart()[a] = w[0];
            c.activeSpan()[a] = w[1];
            int home = argMax(proposals[a] > 0 ? proposalGroups[a] : messageGroups[a]);
            c.homeGroup()[a] = home;
            c.homeLoyalty()[a] = proposals[a] > 0 ? (double) proposalGroups[a][home] / proposals[a] : 1;
            double pass = (passes[a] + prior * meanPass) / (rounds[a] + prior);
            c.reviewAcceptance()[a] = Math.pow(Math.min(1, Math.max(1e-3, pass)), 1 / reviewsPerRound);
        }
        MaintainerGroups groups = new MaintainerGroups(ids(maint), weights(maint), ids(rev), weights(rev), ids(files), weights(files));
        FittedReversal reversal = FittedReversal.fit(table, windowEnd, p.periods().horizon(), p.fit().priorEvents());
        return new FittedWorld(c, groups, reversal);
    }

    /** The shortest circular window (start, span) of hours holding {@code share} of the counts (24 h if none). */
    static int[] window(int[] hours, double share) {
        int total = 0;
        for (int h : hours) total += h;
        if (total == 0) return new int[] {0, 24};
        for (int span = 1; span < 24; span++) {
            int best = 0, bestCount = -1;
            for (int start = 0; start < 24; start++) {
                int sum = 0;
                for (int k = 0; k < span; k++) sum += hours[(start + k) % 24];
                if (sum > bestCount) {
                    bestCount = sum;
                    best = start;
                }
            }
            if (bestCount >= share * total) return new int[] {best, span};
        }
        return new int[] {0, 24};
    }

    private static List<Int2IntOpenHashMap> counters(int n) {
        List<Int2IntOpenHashMap> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Int2IntOpenHashMap());
        return out;
    }

    /** Keys in ascending order, so the fitted arrays do not depend on hash iteration order. */
    private static int[][] ids(List<Int2IntOpenHashMap> maps) {
        return maps.stream().map(m -> m.keySet().intStream().sorted().toArray()).toArray(int[][]::new);
    }

    private static double[][] weights(List<Int2IntOpenHashMap> maps) {
        return maps.stream().map(m -> m.keySet().intStream().sorted().mapToDouble(m::get).toArray()).toArray(double[][]::new);
    }

    private static int argMax(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
