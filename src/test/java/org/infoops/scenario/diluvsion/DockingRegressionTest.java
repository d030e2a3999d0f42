package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * All 16 paper simulations on reduced runs (runs 0-3 of each, the paper's 1,344 steps and 1,000 agents): the stance
 * rank order and theme slots per agent stay where the docking report (20 runs) puts them. Where the docked model
 * has the paper's rank order on these runs the test demands the paper's; for the simulations in
 * {@link #KNOWN_RANK_MISSES} (sim03 and sim11 miss it at 20 runs too, table1_vs_paper.md; the others have two
 * stances within run-to-run noise of each other) only the largest stance is checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockingRegressionTest {
    private static final int RUNS = 4;
    /**
     * Simulations whose rank order on these runs differs from the paper's: the stance with the most agents is expected
     * instead. sim03 misses it at 20 runs too (table1_vs_paper.md); sim15's positive and neutral, and sim10's and
     * sim11's two small stances, are within run-to-run noise of each other.
     */
    static final Map<String, Integer> KNOWN_RANK_MISSES = Map.of(
            "sim03", 1, "sim15", 1,               // neutral largest here; the paper's positive (sim15: agrees at 20 runs)
            "sim10", 2, "sim11", 2);              // positive largest as in the paper; the two small stances swap
    /**
     * Theme slots per agent, band per simulation: the shipped defaults' 20-run mean ± max(15%, 3 sd of the runs / 2),
     * the sd measured over those 20 runs (agents/results/diluvsion/docking). The paper's value lies inside every
     * band; the docked means are within 15% of it in all but sim01 and sim02 (16% and 15% above).
     */
    static final Map<String, double[]> SLOTS_BAND = Map.ofEntries(
            Map.entry("sim01", new double[] {2.44, 3.30}), Map.entry("sim02", new double[] {2.42, 3.28}),
            Map.entry("sim03", new double[] {2.40, 3.25}), Map.entry("sim04", new double[] {2.22, 3.00}),
            Map.entry("sim05", new double[] {2.21, 2.99}), Map.entry("sim06", new double[] {2.20, 2.98}),
            Map.entry("sim07", new double[] {1.91, 2.58}), Map.entry("sim08", new double[] {2.12, 2.87}),
            Map.entry("sim09", new double[] {2.43, 3.29}), Map.entry("sim10", new double[] {1.99, 2.69}),
            Map.entry("sim11", new double[] {1.62, 2.20}), Map.entry("sim12", new double[] {2.11, 2.85}),
            Map.entry("sim13", new double[] {2.22, 3.01}), Map.entry("sim14", new double[] {2.35, 3.19}),
            Map.entry("sim15", new double[] {2.41, 3.26}), Map.entry("sim16", new double[] {2.17, 2.94}));
    private Docking docking;

    @BeforeAll
    void sweep() throws IOException {
        ScenarioLoader loader = new ScenarioLoader();
        List<DiluvsionScenario> scenarios = loader.paperScenarios("diluvsion").stream().map(s -> loader.load(s, DiluvsionScenario.class).withRuns(RUNS)).toList();
        DiluvsionSweepReport report = new DiluvsionSweep(new DiluvsionSimulation(), RunProgress.NONE)
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
            double[] band = SLOTS_BAND.get(s.name());
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
