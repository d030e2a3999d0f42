package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionRun;

/**
 * Computes one run of a scenario. Must depend only on (scenario, runIndex) — no shared mutable state — so that a
 * sweep gives the same results whatever the number of threads. The returned run's {@code run()} equals runIndex.
 */
@FunctionalInterface
public interface DiluvsionRunFunction {
    DiluvsionRun run(DiluvsionScenario scenario, int runIndex);

    /**
     * The timing to report for a run, given the one the runner measured around {@link #run}. A function that
     * does not compute its runs (e.g. the merge of a sharded sweep) returns the time they took where they ran.
     */
    default RunTiming timing(DiluvsionScenario scenario, int runIndex, RunTiming measured) {
        return measured;
    }
}
