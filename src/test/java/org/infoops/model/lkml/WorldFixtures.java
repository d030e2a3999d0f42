package org.infoops.model.lkml;

import java.util.Arrays;

/** Small hand-built worlds with known contributors and groups, for the process and fit tests. */
final class WorldFixtures {
    private WorldFixtures() {
    }

    static LkmlParameters parameters() {
        return new LkmlParameters(new LkmlParameters.Periods(181, 365, 365, 182), process(0.3, 1.0, 0.95, 0.15, 4),
                new LkmlParameters.Fit(0.8, 3, 2));
    }

    static LkmlParameters.Process process(double questionShare, double bystanders, double acceptWhenRecommended,
                                          double acceptWhenExhausted, int revisionsMax) {
        return new LkmlParameters.Process(24, 48, 12, 72, 24, 36, 1, 3, questionShare, 2, revisionsMax, 0.5, bystanders,
                acceptWhenRecommended, acceptWhenExhausted, 2.0);
    }

    /**
     * {@code n} contributors in {@code groups} groups (contributor a's home is a % groups); contributor a proposes
     * {@code rate(a)} patches a day, is active 8 hours from hour (a % 24), reviews in its home group; the first two
     * members of each group maintain it.
     */
    static Contributors contributors(int n, int groups, double reviewAcceptance) {
        Contributors c = Contributors.empty(n);
        for (int a = 0; a < n; a++) {
            c.proposalsPerDay()[a] = rate(a);
            c.commentsPerDay()[a] = 0.1;
            c.activeStart()[a] = a % 24;
            c.activeSpan()[a] = 8;
            c.homeGroup()[a] = a % groups;
            c.homeLoyalty()[a] = 1.0;
            c.reviewAcceptance()[a] = reviewAcceptance;
        }
        return c;
    }

    /** Known proposal rates: every fifth contributor is prolific (0.2 a day), the others occasional (0.02). */
    static double rate(int a) {
        return a % 5 == 0 ? 0.2 : 0.02;
    }

    static MaintainerGroups groups(Contributors c, int groups, int filesEach) {
        int[][] m = new int[groups][], r = new int[groups][], f = new int[groups][];
        double[][] mw = new double[groups][], rw = new double[groups][], fw = new double[groups][];
        for (int g = 0; g < groups; g++) {
            final int k = g;
            int[] members = java.util.stream.IntStream.range(0, c.size()).filter(a -> c.homeGroup()[a] == k).toArray();
            m[g] = Arrays.copyOf(members, 2);
            r[g] = Arrays.copyOfRange(members, 2, members.length);
            f[g] = java.util.stream.IntStream.range(0, filesEach).map(i -> k * filesEach + i).toArray();
            mw[g] = ones(m[g].length);
            rw[g] = ones(r[g].length);
            fw[g] = ones(f[g].length);
        }
        return new MaintainerGroups(m, mw, r, rw, f, fw);
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** A world over {@code days} days of proposals (plus 60 days for threads and reversals). */
    static MailingListWorld world(LkmlParameters.Process process, Contributors c, MaintainerGroups g, ReversalModel reversal,
                                  long seed, int days) {
        long end = (long) (days + 60) * LkmlParameters.MINUTES_PER_DAY;
        return new MailingListWorld(process, c, g, (p, a, r) -> c.reviewAcceptance()[a], reversal, seed,
                (long) days * LkmlParameters.MINUTES_PER_DAY, end, 182L * LkmlParameters.MINUTES_PER_DAY);
    }
}
