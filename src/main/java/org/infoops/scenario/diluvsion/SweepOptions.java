package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

import java.nio.file.Path;

/**
 * How to execute scenarios.
 *
 * @param out       output root ({@code <out>/<scenario>/...}); null to keep results in memory only
 * @param threads   worker threads (runs execute in parallel; results do not depend on this)
 * @param allTweets write every run's tweets to tweets.csv, not only run 0's
 * @param table1    also write table1.csv, table1.md, table1_stats.csv and figure3.png into {@code out}
 */
public record SweepOptions(Path out, int threads, boolean allTweets, boolean table1) {
    public SweepOptions {
        if (threads < 1) throw new ScenarioException(null, "--threads", threads + " is out of range; allowed: 1 or more");
    }

    /** Threads defaults to every core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
