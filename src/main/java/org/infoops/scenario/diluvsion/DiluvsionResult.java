package org.infoops.scenario.diluvsion;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a scenario's runs amount to, kept small enough for a whole sweep to hold: per-step mean and sd of every
 * metric over runs, each run's start and end value of every metric (for Table 1 and its t-tests), each run's
 * like:retweet and like:reply ratios, and timings. Arrays are owned by the result; do not modify them.
 *
 * @param scenario       the scenario as run (after command-line overrides)
 * @param columns        metric names, as in {@link org.infoops.model.diluvsion.DiluvsionMetrics#COLUMNS}
 * @param mean           mean over runs, [column][step]
 * @param sd             sample sd over runs, [column][step] (0 for a single run)
 * @param start          value at step 0, [column][run]
 * @param end            value at the last step, [column][run]
 * @param likePerRetweet per run: total likes / total retweets over the run's tweets (NaN if no retweets)
 * @param likePerReply   per run: total likes / total replies over the run's tweets (NaN if no replies)
 * @param wallSeconds    from the first run's start to the last run's end
 * @param runSeconds     sum of the runs' durations
 * @param directory      where the outputs were written, or null when not written
 */
public record DiluvsionResult(DiluvsionScenario scenario, List<String> columns, double[][] mean, double[][] sd,
                             double[][] start, double[][] end, double[] likePerRetweet, double[] likePerReply,
                             double wallSeconds, double runSeconds, Path directory) {

    public int runs() {
        return start.length == 0 ? 0 : start[0].length;
    }

    public int steps() {
        return mean.length == 0 ? 0 : mean[0].length;
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no metric column '" + name + "'; have " + columns);
        return i;
    }

    /** Mean over runs per step. */
    public double[] meanSeries(String name) {
        return mean[column(name)];
    }

    public double[] sdSeries(String name) {
        return sd[column(name)];
    }

    /** Each run's value at the last step. */
    public double[] endValues(String name) {
        return end[column(name)];
    }

    public double[] startValues(String name) {
        return start[column(name)];
    }

    /** Mean and sample sd over runs of a per-run statistic; sd 0 for one run; NaN values are skipped. */
    static double[] meanSd(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) return new double[] {Double.NaN, Double.NaN};
        double m = new Mean().evaluate(finite);
        double s = finite.length < 2 ? 0 : new StandardDeviation(true).evaluate(finite);
        return new double[] {m, s};
    }
}
