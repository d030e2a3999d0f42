package org.infoops.scenario;

import org.infoops.scenario.diluvsion.Scenario;

/** Hears about finished runs, e.g. to draw a progress bar. Called from worker threads. */
public interface RunProgress extends AutoCloseable {
    RunProgress NONE = new RunProgress() {};

    /** Before the first run: how many runs in total. */
    default void start(long totalRuns) {}

    default void runFinished(Scenario scenario, int runIndex) {}

    @Override
    default void close() {}
}
