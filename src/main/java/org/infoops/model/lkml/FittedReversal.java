package org.infoops.model.lkml;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The fitted world's reversal agent: a constant hazard per accepted patch, fitted from the reversals a log shows
 * (what the simulation "learns" about reversals from its six months). The hazard is a base rate times one factor
 * per patch trait (revisions, files, days to acceptance, the author's accepted patches before), each the
 * trait bucket's observed reversals over its expected ones, shrunk towards 1 by {@code priorEvents} pseudo-events.
 * Exposure is censored: a patch contributes the days from its acceptance until its reversal, the end of the
 * window or the horizon, whichever comes first, so patches accepted late in the window count only their days.
 */
public final class FittedReversal implements ReversalModel {
    static final int[][] EDGES = {
            {1, 2, 3},   // revisions: 0, 1, 2, 3+
            {2, 4},      // files: 1, 2-3, 4+
            {2, 7},      // days to acceptance: <2, 2-7, 7+
            {1, 5},      // author's accepted patches before: 0, 1-4, 5+
    };
    static final int[] COLUMNS = {
            DiscussionTracker.SCHEMA.indexOf("revisions"), DiscussionTracker.SCHEMA.indexOf("files"),
            DiscussionTracker.SCHEMA.indexOf("days_to_accept"), DiscussionTracker.SCHEMA.indexOf("author_accepted_before")};

    private final double perDay;
    private final double[][] factor;

    FittedReversal(double perDay, double[][] factor) {
        this.perDay = perDay;
        this.factor = factor;
    }

    /** Fits on the patches of {@code table} accepted before {@code windowEnd}, seeing only reversals before it. */
    public static FittedReversal fit(PatchTable table, long windowEnd, long horizon, double priorEvents) {
        double events = 0, exposure = 0;
        double[][] e = new double[EDGES.length][], x = new double[EDGES.length][];
        for (int k = 0; k < EDGES.length; k++) {
            e[k] = new double[EDGES[k].length + 1];
            x[k] = new double[EDGES[k].length + 1];
        }
        for (PatchTable.Row r : table.accepted(0, windowEnd)) {
            long stop = Math.min(windowEnd, r.accepted() + horizon);
            boolean reversed = r.reversed() >= 0 && r.reversed() < stop;
            double days = ((reversed ? r.reversed() : stop) - r.accepted()) / (double) LkmlParameters.MINUTES_PER_DAY;
            events += reversed ? 1 : 0;
            exposure += days;
            for (int k = 0; k < EDGES.length; k++) {
                int b = bucket(k, r.features()[COLUMNS[k]]);
                e[k][b] += reversed ? 1 : 0;
                x[k][b] += days;
            }
        }
        double base = exposure > 0 ? (events + 0.5) / (exposure + 0.5 / 1e-4) : 1e-4; // half an event at 1e-4/day a priori
        double[][] f = new double[EDGES.length][];
        for (int k = 0; k < EDGES.length; k++) {
            f[k] = new double[e[k].length];
            for (int b = 0; b < f[k].length; b++) f[k][b] = (e[k][b] + priorEvents) / (base * x[k][b] + priorEvents);
        }
        return new FittedReversal(base, f);
    }

    static int bucket(int k, double v) {
        int b = 0;
        while (b < EDGES[k].length && v >= EDGES[k][b]) b++;
        return b;
    }

    /** Reversals per day for a patch with these features. */
    public double hazard(double[] features) {
        double h = perDay;
        for (int k = 0; k < EDGES.length; k++) h *= factor[k][bucket(k, features[COLUMNS[k]])];
        return h;
    }

    /** P(reversed within {@code minutes} from now | not reversed yet). */
    public double probabilityWithin(double[] features, long minutes) {
        return 1 - Math.exp(-hazard(features) * minutes / LkmlParameters.MINUTES_PER_DAY);
    }

    @Override
    public long reversalDelay(int patch, double[] features, UniformRandomProvider rng) {
        double h = hazard(features);
        if (!(h > 0)) return -1;
        return (long) (-Math.log(1 - rng.nextDouble()) / h * LkmlParameters.MINUTES_PER_DAY);
    }

    public double basePerDay() {
        return perDay;
    }
}
