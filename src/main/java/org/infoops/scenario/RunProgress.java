package org.infoops.scenario;

import org.infoops.scenario.diluvsion.DiluvsionScenario;

/** Hears about finished runs, e.g. to draw a progress bar. Called from worker threads. */
public interface RunProgress extends AutoCloseable {
    RunProgress NONE = new RunProgress() {};

    /** Before the first run: how many runs in total. */
    default void start(long totalRuns) {}

    default void runFinished(DiluvsionScenario scenario, int runIndex) {}

    @Override
    default void close() {}
}
