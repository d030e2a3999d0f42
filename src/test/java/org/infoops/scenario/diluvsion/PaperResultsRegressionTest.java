package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pins the Diluvsion paper's qualitative results (§6, Table 1) on 20-run means at the paper's full size
 * (1,000 agents, 1,344 steps, the shipped scenario files). One sweep feeds every assertion; comparisons between
 * scenarios also require Welch's t-test at p < 0.05, so a lucky mean cannot pass them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperResultsRegressionTest {
    private static final List<String> SIMS = List.of("sim01", "sim03", "sim04", "sim05", "sim06", "sim07", "sim09", "sim11", "sim13");
    private final Map<String, DiluvsionResult> results = new HashMap<>();

    @BeforeAll
    void sweep() throws IOException {
        ScenarioLoader loader = new ScenarioLoader();
        List<DiluvsionScenario> scenarios = SIMS.stream().map(s -> loader.load("diluvsion/" + s, DiluvsionScenario.class)).toList();
        scenarios.forEach(s -> assertTrue(s.runs() == 20 && s.steps() == 1344, s.name() + " is not at the paper's size"));
        DiluvsionSweepReport report = new DiluvsionSweep(new DiluvsionSimulation(), RunProgress.NONE)
                .run(scenarios, new SweepOptions(null, SweepOptions.defaultThreads(), false, false));
        report.results().forEach(r -> results.put(r.scenario().name(), r));
    }

    @Test
    void humansOnlyMajorityGrows() { // Sim 11: Pro 732 -> 926
        assertTrue(mean("sim11", "positive") > 732, "sim11 positive ends at " + mean("sim11", "positive"));
    }

    @Test
    void baselineBotsSinkTheMajorityBelowBothMinoritiesAndNeutralEndsLargest() { // Sim 1: 305 / 568 / 127
        double neg = mean("sim01", "negative"), neu = mean("sim01", "neutral"), pos = mean("sim01", "positive");
        assertTrue(pos < neg && pos < neu, "sim01 ends " + neg + " / " + neu + " / " + pos);
        assertTrue(neu > neg, "sim01 neutral " + neu + " should end largest (negative " + neg + ")");
    }

    @Test
    void negativeBotsAloneMakeNegativeLargest() { // Sim 13: 760 / 6 / 234
        double neg = mean("sim13", "negative");
        assertTrue(neg > mean("sim13", "neutral") && neg > mean("sim13", "positive"), "sim13 negative " + neg);
    }

    @Test
    void fringeBotsLeavePositiveItsMajority() { // Sims 6, 7: Pro 856, 870
        for (String sim : List.of("sim06", "sim07")) {
            assertTrue(mean(sim, "positive") > 500, sim + " positive ends at " + mean(sim, "positive"));
        }
    }

    @Test
    void conservedThemeSpreadsBeyondTheBots() { // Sim 9: T7 1 -> 519 with 100 bots
        double t7 = Arrays.stream(results.get("sim09").endValues("theme.T7")).average().orElseThrow();
        assertTrue(t7 > 100, "sim09 theme 7 held by " + t7);
    }

    @Test
    void replierBotsBeatLikerAndRetweeterBots() { // Pro at end: Sim 1 127 < Sim 4 397, Sim 5 740
        for (String weaker : List.of("sim04", "sim05")) {
            assertStronger("sim01", weaker);
        }
    }

    @Test
    void halvingBotActivityWeakensThem() { // Pro at end: Sim 1 127 < Sim 3 468
        assertStronger("sim01", "sim03");
    }

    /**
     * The docked numbers (every Table 1 cell of these simulations, from the shipped defaults' 20-run sweep, pinned in
     * src/test/resources/diluvsion/docked-table1_stats.csv) stay put: each end mean within three standard errors of
     * the difference of two 20-run means (3 x sd x sqrt(2/20), from the pinned run-to-run sd), at least one agent.
     */
    @Test
    void dockedNumbersHold() throws IOException {
        java.util.List<String> lines;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("diluvsion/docked-table1_stats.csv")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        java.util.List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
        int sc = header.indexOf("scenario"), col = header.indexOf("column"), mean = header.indexOf("end_mean"), sd = header.indexOf("end_sd");
        int checked = 0;
        StringBuilder failures = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            DiluvsionResult r = results.get(c[sc]);
            if (r == null) continue;
            double pinned = Double.parseDouble(c[mean]);
            double tolerance = Math.max(1, 3 * Double.parseDouble(c[sd]) * Math.sqrt(2.0 / 20));
            double now = Arrays.stream(r.endValues(c[col])).average().orElseThrow();
            if (Math.abs(now - pinned) > tolerance) {
                failures.append(String.format("%s %s: %.1f, pinned %.1f +- %.1f%n", c[sc], c[col], now, pinned, tolerance));
            }
            checked++;
        }
        assertTrue(checked >= SIMS.size() * 15, "only " + checked + " pinned cells found");
        assertTrue(failures.length() == 0, failures.toString());
    }

    /** §4 l.394: like:RT 2.0 and like:reply 8.4 in the simulations; humans only here, within 15%. */
    @Test
    void engagementRatiosOfTheHumansOnlySettingMatchSection4() {
        double likeRt = Arrays.stream(results.get("sim11").likePerRetweet()).average().orElseThrow();
        double likeReply = Arrays.stream(results.get("sim11").likePerReply()).average().orElseThrow();
        assertTrue(Math.abs(likeRt / 2.0 - 1) <= 0.15, "like:RT " + likeRt + " (paper 2.0)");
        assertTrue(Math.abs(likeReply / 8.4 - 1) <= 0.15, "like:reply " + likeReply + " (paper 8.4)");
    }

    /** The bots of {@code stronger} leave the (bot-less) positive stance significantly smaller than those of {@code weaker}. */
    private void assertStronger(String stronger, String weaker) {
        double[] a = end(stronger, "positive"), b = end(weaker, "positive");
        double p = new TTest().tTest(a, b);
        assertTrue(mean(stronger, "positive") < mean(weaker, "positive") && p < 0.05,
                stronger + " positive " + mean(stronger, "positive") + " vs " + weaker + " " + mean(weaker, "positive") + ", p = " + p);
    }

    private double[] end(String sim, String stance) {
        return results.get(sim).endValues("stance." + stance);
    }

    private double mean(String sim, String stance) {
        return Arrays.stream(end(sim, stance)).average().orElseThrow();
    }
}
