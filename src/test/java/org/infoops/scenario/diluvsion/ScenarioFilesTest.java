package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioLoader;

import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.BotSettings.Placement;
import org.infoops.model.diluvsion.BotSettings.ReplyTactic;
import org.infoops.model.diluvsion.BotSettings.RoleMode;
import org.infoops.model.diluvsion.BotSettings.StanceMix;
import org.infoops.model.diluvsion.BotSettings.ThemeMode;
import org.infoops.model.diluvsion.BotStances;
import org.infoops.model.diluvsion.DiluvsionParameters.StanceCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped scenario files: each of Sims 2-16 is Sim 1 with exactly the changes the paper's §5 describes. */
class ScenarioFilesTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void sixteenPaperScenariosAreEmbedded() {
        List<String> names = loader.paperScenarios("diluvsion");
        assertEquals(16, names.size(), names.toString());
        assertEquals("diluvsion/sim01", names.get(0));
        assertEquals("diluvsion/sim16", names.get(15));
        assertTrue(loader.embeddedScenarios("diluvsion").contains("diluvsion/small"));
    }

    @Test
    void baselineMatchesThePaper() {
        DiluvsionScenario s = loader.load("diluvsion/sim01", DiluvsionScenario.class);
        assertEquals("sim01", s.name());
        assertEquals("sim01", s.baseline());
        assertEquals(20, s.runs());
        assertEquals(1344, s.steps());
        assertEquals(1000, s.setup().parameters().population().agents());
        assertEquals(new StanceCounts(139, 129, 732), s.setup().parameters().population().startStances());
        BotSettings b = s.setup().bots();
        assertEquals(100, b.count());
        assertEquals(new StanceCounts(1, 1, 0), b.stanceRatio());
        assertEquals("replier", b.role());
        assertEquals("high", b.level());
        assertEquals("schweimer", s.setup().graph().generator());
        assertEquals("default", s.setup().parameters().activity().diurnalTable());
    }

    @Test
    void eachSimulationDiffersFromSim1OnlyInItsBotSettings() {
        DiluvsionScenario sim01 = loader.load("diluvsion/sim01", DiluvsionScenario.class);
        BotSettings base = sim01.setup().bots();
        expect(sim01, 2, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), b.role(), b.level(), ReplyTactic.ENGAGEMENT, b.themes(), b.conservedThemes()));
        expect(sim01, 3, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), b.role(), "medium", b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 4, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), "liker", b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 5, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), "retweeter", b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 6, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), Placement.FRINGE, b.roles(), b.role(), b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 7, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), Placement.FRINGE, b.roles(), "liker", b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 8, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), RoleMode.HUMAN, b.role(), b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 9, b -> bots(b, b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), b.role(), b.level(), b.replyTactic(), ThemeMode.CONSERVE, List.of(7)));
        expect(sim01, 10, b -> bots(b, b.count(), b.stanceRatio(), StanceMix.HUMAN_START, b.placement(), RoleMode.HUMAN, b.role(), b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        expect(sim01, 11, b -> bots(b, 0, b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), b.role(), b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        int[][] ratios = {{1, 0, 1}, {1, 0, 0}, {1, 1, 1}, {2, 2, 1}, {4, 0, 1}};
        for (int i = 0; i < ratios.length; i++) {
            StanceCounts r = new StanceCounts(ratios[i][0], ratios[i][1], ratios[i][2]);
            expect(sim01, 12 + i, b -> bots(b, b.count(), r, b.stanceMix(), b.placement(), b.roles(), b.role(), b.level(), b.replyTactic(), b.themes(), b.conservedThemes()));
        }
        assertEquals(ReplyTactic.VULNERABLE, base.replyTactic());
    }

    private void expect(DiluvsionScenario sim01, int n, UnaryOperator<BotSettings> change) {
        String name = String.format("sim%02d", n);
        DiluvsionScenario s = loader.load("diluvsion/" + name, DiluvsionScenario.class);
        assertEquals(name, s.name());
        assertEquals("sim01", s.baseline(), name);
        assertEquals(sim01.runs(), s.runs(), name);
        assertEquals(sim01.steps(), s.steps(), name);
        assertEquals(sim01.seed(), s.seed(), name);
        assertEquals(sim01.setup().parameters(), s.setup().parameters(), name);
        assertEquals(sim01.setup().graph(), s.setup().graph(), name);
        assertEquals(change.apply(sim01.setup().bots()), s.setup().bots(), name);
    }

    private static BotSettings bots(BotSettings b, int count, StanceCounts ratio, StanceMix mix, Placement placement,
                                    RoleMode roles, String role, String level, ReplyTactic tactic, ThemeMode themes,
                                    List<Integer> conserved) {
        return new BotSettings(count, ratio, mix, placement, roles, role, level, tactic, b.primaryTacticProbability(),
                themes, conserved);
    }

    @Test
    void botStancesFollowTheRatiosByLargestRemainder() {
        assertArrayEquals(new int[] {50, 50, 0}, bots("sim01"));
        assertArrayEquals(new int[] {14, 13, 73}, bots("sim10"), "the March start mix 139:129:732");
        assertArrayEquals(new int[] {34, 33, 33}, bots("sim14"));
        assertArrayEquals(new int[] {40, 40, 20}, bots("sim15"));
        assertArrayEquals(new int[] {80, 0, 20}, bots("sim16"));
        assertArrayEquals(new int[] {0, 0, 0}, bots("sim11"));
    }

    private int[] bots(String sim) {
        DiluvsionScenario s = loader.load("diluvsion/" + sim, DiluvsionScenario.class);
        return BotStances.counts(s.setup().bots(), s.setup().parameters().population().startStances());
    }

    @Test
    void smallScenarioKeepsThePaperShares() {
        DiluvsionScenario s = loader.load("diluvsion/small", DiluvsionScenario.class);
        var pop = s.setup().parameters().population();
        assertEquals(200, pop.agents());
        assertEquals(20, s.setup().bots().count());
        assertEquals(new StanceCounts(28, 26, 146), pop.startStances());
        assertEquals(0.139, pop.startStances().negative() / 200.0, 0.003);
        assertEquals(0.129, pop.startStances().neutral() / 200.0, 0.003);
        assertEquals(0.732, pop.startStances().positive() / 200.0, 0.003);
        assertEquals(1, pop.startThemeCounts().get(6));
        assertTrue(s.steps() < 1344 && s.runs() < 20);
        // Everything it does not override comes from parameters.yaml, as for sim01.
        assertEquals(loader.load("diluvsion/sim01", DiluvsionScenario.class).setup().parameters().resistance(), s.setup().parameters().resistance());
    }

    @Test
    void overridesReplaceRunSettings() {
        DiluvsionScenario s = new DiluvsionOverrides(3, 48, 7L).apply(loader.load("diluvsion/sim01", DiluvsionScenario.class));
        assertEquals(3, s.runs());
        assertEquals(48, s.steps());
        assertEquals(48, s.setup().steps());
        assertEquals(7L, s.seed());
    }
}
