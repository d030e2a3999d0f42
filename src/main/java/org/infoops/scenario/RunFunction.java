package org.infoops.scenario;

import org.infoops.model.diluvsion.DiluvsionRun;

/**
 * Computes one run of a scenario. Must depend only on (scenario, runIndex) — no shared mutable state — so that a
 * sweep gives the same results whatever the number of threads. The returned run's {@code run()} equals runIndex.
 */
@FunctionalInterface
public interface RunFunction {
    DiluvsionRun run(Scenario scenario, int runIndex);
}
