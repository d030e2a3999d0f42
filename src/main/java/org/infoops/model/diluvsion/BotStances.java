package org.infoops.model.diluvsion;

/** How many bots back each stance (Diluvsion §5, Table 1 "stance ratio", spec §2.9). */
public final class BotStances {
    private BotStances() {}

    /**
     * The bots' stance counts: the scenario's negative:neutral:positive ratio (or, for Sim 10, the population's
     * start mix) apportioned to the bot count by largest remainder, ties to the earlier stance.
     */
    public static int[] counts(BotSettings bots, DiluvsionParameters.StanceCounts start) {
        DiluvsionParameters.StanceCounts ratio = bots.stanceMix() == BotSettings.StanceMix.HUMAN_START ? start : bots.stanceRatio();
        return apportion(bots.count(), new double[] {ratio.negative(), ratio.neutral(), ratio.positive()});
    }

    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double v : weights) sum += v;
        int[] out = new int[weights.length];
        if (total == 0 || sum <= 0) return out;
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) if (remainder[i] > remainder[best]) best = i;
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }
}
