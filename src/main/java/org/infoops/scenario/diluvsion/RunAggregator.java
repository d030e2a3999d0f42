package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.EntityTable;
import org.infoops.model.diluvsion.StepSeries;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.DiluvsionRun;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Folds a scenario's runs, in run-index order, into a {@link DiluvsionResult}: per-step moments, per-run start
 * and end values, per-run engagement ratios and timings. Keeps no run after it has been added.
 */
final class RunAggregator {
    private final DiluvsionScenario scenario;
    private List<String> columns;
    private int steps;
    private StepMoments moments;
    private double[][] start;
    private double[][] end;
    private final double[] likePerRetweet;
    private final double[] likePerReply;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;
    private double runSeconds;
    private int added;

    RunAggregator(DiluvsionScenario scenario) {
        this.scenario = scenario;
        this.likePerRetweet = new double[scenario.runs()];
        this.likePerReply = new double[scenario.runs()];
    }

    void add(DiluvsionRun run, RunTiming timing) {
        if (run.run() != added) throw new IllegalStateException("run " + run.run() + " arrived, expected run " + added);
        StepSeries series = run.steps();
        double[][] values = ordered(series, run.run());
        if (columns == null) {
            columns = DiluvsionMetrics.COLUMNS;
            steps = series.steps();
            if (steps < 1) throw new IllegalStateException("run 0 recorded no steps");
            moments = new StepMoments(columns.size(), steps);
            start = new double[columns.size()][scenario.runs()];
            end = new double[columns.size()][scenario.runs()];
        } else if (series.steps() != steps) {
            throw new IllegalStateException("run " + run.run() + " recorded " + series.steps() + " steps; run 0 had " + steps);
        }
        moments.add(values);
        for (int c = 0; c < columns.size(); c++) {
            start[c][added] = values[c][0];
            end[c][added] = values[c][steps - 1];
        }
        double[] ratios = engagementRatios(run.tweets());
        likePerRetweet[added] = ratios[0];
        likePerReply[added] = ratios[1];
        firstStart = Math.min(firstStart, timing.startNanos());
        lastEnd = Math.max(lastEnd, timing.endNanos());
        runSeconds += timing.seconds();
        added++;
    }

    /**
     * The run's columns in {@link DiluvsionMetrics#COLUMNS} order (no copying): outputs have one fixed schema
     * whatever order the model records in; extra columns a model adds are not aggregated.
     */
    static double[][] ordered(StepSeries series, int run) {
        List<String> missing = DiluvsionMetrics.COLUMNS.stream().filter(c -> !series.columns().contains(c)).toList();
        if (!missing.isEmpty()) throw new IllegalStateException("run " + run + " lacks the metric columns " + missing);
        double[][] out = new double[DiluvsionMetrics.COLUMNS.size()][];
        for (int c = 0; c < out.length; c++) out[c] = series.values()[series.indexOf(DiluvsionMetrics.COLUMNS.get(c))];
        return out;
    }

    int added() {
        return added;
    }

    /** The result once every run was added. */
    DiluvsionResult result(Path directory) {
        if (added != scenario.runs()) throw new IllegalStateException(added + " of " + scenario.runs() + " runs added");
        return new DiluvsionResult(scenario, columns, moments.means(), moments.sds(), start, end,
                likePerRetweet.clone(), likePerReply.clone(), (lastEnd - firstStart) / 1e9, runSeconds, directory);
    }

    /**
     * Likes per retweet and per reply over all of a run's tweets (the paper's within-dataset ratios N_like:N_RT and
     * N_like:N_reply, §4 l.394: 2.0 and 8.4). NaN where the table or the denominator is missing.
     */
    static double[] engagementRatios(EntityTable tweets) {
        if (tweets == null || !tweets.columns().containsAll(List.of("likes", "retweets", "replies"))) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double likes = Arrays.stream(tweets.column("likes")).sum();
        double retweets = Arrays.stream(tweets.column("retweets")).sum();
        double replies = Arrays.stream(tweets.column("replies")).sum();
        return new double[] {retweets > 0 ? likes / retweets : Double.NaN, replies > 0 ? likes / replies : Double.NaN};
    }
}
