package org.infoops.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * All 16 paper simulations on reduced runs (2 runs each, the paper's 1,344 steps and 1,000 agents): the stance
 * rank order and theme slots per agent stay where the docking report (20 runs) puts them. Where the docked model
 * has the paper's rank order the test demands the paper's; the simulations listed in {@link #KNOWN_RANK_MISSES}
 * do not reach it at 20 runs either (table1_vs_paper.md), so for them only the largest stance is checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockingRegressionTest {
    private static final int RUNS = 2;
    /** Simulations whose 20-run docked rank order differs from the paper's: stance with the most agents expected instead. */
    static final Map<String, Integer> KNOWN_RANK_MISSES = Map.of();
    /** Theme slots per agent: the docked 20-run value's band (lower, upper) per simulation. */
    static final Map<String, double[]> SLOTS_BAND = Map.of();
    private Docking docking;

    @BeforeAll
    void sweep() throws IOException {
        ScenarioLoader loader = new ScenarioLoader();
        List<Scenario> scenarios = loader.paperScenarios("diluvsion").stream().map(s -> loader.load(s).withRuns(RUNS)).toList();
        SweepReport report = new Sweep(new DiluvsionRunFunction(), RunProgress.NONE)
                .run(scenarios, new SweepOptions(null, SweepOptions.defaultThreads(), false, false));
        docking = DockingReport.of(report.table1());
    }

    @Test
    void everySimulationIsDocked() {
        assertEquals(16, docking.simulations().size());
    }

    @Test
    void stanceRankOrderOfEverySimulation() {
        StringBuilder failures = new StringBuilder();
        for (Docking.Simulation s : docking.simulations()) {
            Integer largest = KNOWN_RANK_MISSES.get(s.name());
            if (largest == null && !s.rankAgrees()) failures.append(s.name()).append(" rank differs from the paper's: ").append(line(s)).append('\n');
            if (largest != null && argmax(s.ours()) != largest) failures.append(s.name()).append(" largest stance moved: ").append(line(s)).append('\n');
        }
        assertTrue(failures.length() == 0, failures.toString());
    }

    @Test
    void themeSlotsPerAgentStayInTheirBand() {
        StringBuilder failures = new StringBuilder();
        for (Docking.Simulation s : docking.simulations()) {
            double[] band = SLOTS_BAND.getOrDefault(s.name(), new double[] {0.85 * s.paperSlotsPerAgent(), 1.15 * s.paperSlotsPerAgent()});
            if (s.slotsPerAgent() < band[0] || s.slotsPerAgent() > band[1]) {
                failures.append(String.format("%s: %.2f theme slots per agent, band %.2f..%.2f%n", s.name(), s.slotsPerAgent(), band[0], band[1]));
            }
        }
        assertTrue(failures.length() == 0, failures.toString());
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < 3; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    private static String line(Docking.Simulation s) {
        return String.format("ours %.0f/%.0f/%.0f, paper %.0f/%.0f/%.0f", s.ours()[0], s.ours()[1], s.ours()[2], s.paper()[0], s.paper()[1], s.paper()[2]);
    }
}
