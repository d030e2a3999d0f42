package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.DiluvsionParameters;
import org.junit.jupiter.api.Test;

/** The shipped calibration space: its split, its combinations, and candidates written into scenario files. */
class CalibrationSpaceTest {
    private static final CalibrationSpace SPACE = CalibrationSpace.load(null);

    /** The paper's ablation kinds (§5): each must have a held-out member. */
    private static final Map<String, List<String>> KINDS = Map.of(
            "reply tactic", List.of("sim02"),
            "bot activity", List.of("sim03"),
            "bot role", List.of("sim04", "sim05", "sim07"),
            "fringe placement", List.of("sim06", "sim07"),
            "human-like bots", List.of("sim08", "sim10"),
            "theme conservation", List.of("sim09"),
            "humans only", List.of("sim11"),
            "bot stance ratio", List.of("sim12", "sim13", "sim14", "sim15", "sim16"));

    @Test
    void splitCoversTheSixteenSimulationsWithAHeldOutMemberOfEveryKind() {
        assertEquals(16, SPACE.all().size());
        assertTrue(SPACE.training().contains("sim01"), "the baseline trains: every * mark refers to it");
        KINDS.forEach((kind, sims) -> assertTrue(sims.stream().anyMatch(SPACE.heldOut()::contains), kind + " has no held-out member"));
    }

    @Test
    void everyCombinationOfTheDiscreteReadingsIsEnumeratedOnce() {
        int expected = SPACE.discrete().values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
        List<Map<String, String>> combos = SPACE.combinations();
        assertEquals(expected, combos.size());
        assertEquals(expected, combos.stream().distinct().count());
    }

    @Test
    void candidateValuesReachTheLoadedScenario() {
        CalibrationCandidate c = CalibrationCandidate.SHIPPED.with(Map.of(
                "parameters.themes.adoptMode", "replace",
                "parameters.delivery.replyAudience", "replies-to-replies",
                "parameters.delivery.repliesToFollowers", "false",
                "bots.primaryTacticProbability", 0.25));
        DiluvsionScenario s = c.scenario(new ScenarioLoader(), "sim04", 3);
        assertEquals(3, s.runs());
        assertEquals(DiluvsionParameters.AdoptMode.REPLACE, s.setup().parameters().themes().adoptMode());
        assertEquals(DiluvsionParameters.ReplyAudience.REPLIES_TO_REPLIES, s.setup().parameters().delivery().replyAudience());
        assertEquals(false, s.setup().parameters().delivery().repliesToFollowers(), "a yes/no reading binds as a boolean");
        assertEquals(0.25, s.setup().bots().primaryTacticProbability());
        assertEquals("liker", s.setup().bots().role(), "the rest of sim04 is kept");
        assertEquals(BotSettings.Placement.EMBEDDED, s.setup().bots().placement());
        assertEquals("bots.primaryTacticProbability=0.2500;parameters.delivery.repliesToFollowers=false;"
                + "parameters.delivery.replyAudience=replies-to-replies;parameters.themes.adoptMode=replace", c.key());
        assertEquals("shipped", CalibrationCandidate.SHIPPED.key());
    }

    @Test
    void aBadValueIsRefusedWithItsPath() {
        CalibrationCandidate c = CalibrationCandidate.SHIPPED.with(Map.of("parameters.themes.adoptMode", "sometimes"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> c.scenario(new ScenarioLoader(), "sim01", 1));
        assertTrue(e.getMessage().contains("adoptMode") && e.getMessage().contains("sometimes"), e.getMessage());
    }

    @Test
    void overlappingSplitIsRefused() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationSpace.parse(
                "training: [sim01, sim02]\nheldOut: [sim02]\n", "test.yaml"));
        assertTrue(e.getMessage().contains("sim02"), e.getMessage());
    }
}
