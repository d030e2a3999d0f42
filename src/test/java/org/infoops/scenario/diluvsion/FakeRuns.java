package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.EntityTable;
import org.infoops.model.diluvsion.StepSeries;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.DiluvsionParameters;
import org.infoops.model.diluvsion.DiluvsionRun;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Synthetic runs for tests of the runner and the outputs, independent of the real model and graph generator.
 * Deterministic in (scenario seed, run index). Negative-stance agents drift by {@code shift(scenario)} over the
 * run plus per-run noise (taken from the positives, so counts are conserved); themes wander a little; the tweet
 * table has 2 likes per retweet and 8 per reply. An optional delay makes early runs finish last, to exercise the
 * runner's reordering.
 */
public final class FakeRuns implements DiluvsionRunFunction {
    static final int TWEETS = 40;

    private final ToDoubleFunction<DiluvsionScenario> shift;
    private final boolean earlyRunsFinishLast;

    public FakeRuns(ToDoubleFunction<DiluvsionScenario> shift, boolean earlyRunsFinishLast) {
        this.shift = shift;
        this.earlyRunsFinishLast = earlyRunsFinishLast;
    }

    public FakeRuns() {
        this(s -> 0, false);
    }

    @Override
    public DiluvsionRun run(DiluvsionScenario scenario, int runIndex) {
        if (earlyRunsFinishLast) sleep(Math.max(0, (scenario.runs() - runIndex) * 15L));
        SplittableRandom rnd = new SplittableRandom(scenario.seed() * 1_000_003L + runIndex);
        DiluvsionParameters.Population pop = scenario.setup().parameters().population();
        int steps = scenario.steps();
        List<String> columns = DiluvsionMetrics.COLUMNS;
        double[][] v = new double[columns.size()][steps];
        double drift = shift.applyAsDouble(scenario) + rnd.nextGaussian() * 3;
        int neg = columns.indexOf("stance.negative");
        int neu = columns.indexOf("stance.neutral");
        int pos = columns.indexOf("stance.positive");
        for (int t = 0; t < steps; t++) {
            double f = steps == 1 ? 0 : (double) t / (steps - 1);
            v[neg][t] = Math.round(pop.startStances().negative() + drift * f);
            v[neu][t] = pop.startStances().neutral();
            v[pos][t] = pop.agents() - v[neg][t] - v[neu][t];
            for (int theme = 1; theme <= DiluvsionMetrics.THEMES; theme++) {
                v[columns.indexOf(DiluvsionMetrics.theme(theme))][t] = pop.startThemeCounts().get(theme - 1) + (t == 0 ? 0 : rnd.nextInt(3));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).startsWith("action.") || columns.get(c).startsWith("followers.")) {
                for (int t = 0; t < steps; t++) v[c][t] = rnd.nextInt(10) + 0.5 * (c % 2);
            }
        }
        return new DiluvsionRun(runIndex, new StepSeries(columns, v), tweets(rnd), agents(pop.agents()));
    }

    private static EntityTable tweets(SplittableRandom rnd) {
        List<String> cols = DiluvsionMetrics.TWEET_COLUMNS;
        long[][] v = new long[cols.size()][TWEETS];
        for (int i = 0; i < TWEETS; i++) {
            v[cols.indexOf("tweet")][i] = i;
            v[cols.indexOf("author")][i] = rnd.nextInt(100);
            v[cols.indexOf("likes")][i] = 8;
            v[cols.indexOf("retweets")][i] = 4;
            v[cols.indexOf("replies")][i] = 1;
        }
        return new EntityTable(cols, v);
    }

    private static EntityTable agents(int n) {
        List<String> cols = DiluvsionMetrics.AGENT_COLUMNS;
        long[][] v = new long[cols.size()][n];
        for (int i = 0; i < n; i++) v[cols.indexOf("agent")][i] = i;
        return new EntityTable(cols, v);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
