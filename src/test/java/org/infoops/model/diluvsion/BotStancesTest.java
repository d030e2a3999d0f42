package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bot stance counts from a neg:neu:pos ratio (Diluvsion §5, Table 1; spec §2.9). */
class BotStancesTest {
    private static final DiluvsionParameters.StanceCounts START = new DiluvsionParameters.StanceCounts(139, 129, 732);

    @ParameterizedTest(name = "{0}:{1}:{2} of 100 -> {3}/{4}/{5}")
    @CsvSource({
            "1,1,0, 50,50,0",
            "1,1,1, 34,33,33",
            "2,2,1, 40,40,20",
            "4,0,1, 80,0,20",
            "1,0,1, 50,0,50",
            "1,0,0, 100,0,0"})
    void ratioIsApportionedToTheBotCount(int neg, int neu, int pos, int eNeg, int eNeu, int ePos) {
        assertArrayEquals(new int[] {eNeg, eNeu, ePos}, BotStances.counts(Fixtures.bots(100, neg, neu, pos), START));
    }

    @Test
    void humanStartMixUsesThePopulationStartCounts() {
        BotSettings b = Fixtures.bots(100, 1, 1, 0);
        BotSettings sim10 = new BotSettings(b.count(), b.stanceRatio(), BotSettings.StanceMix.HUMAN_START, b.placement(),
                b.roles(), b.role(), b.level(), b.replyTactic(), b.primaryTacticProbability(), b.themes(), b.conservedThemes());
        assertArrayEquals(new int[] {14, 13, 73}, BotStances.counts(sim10, START));
    }

    @Test
    void noBotsNoCounts() {
        assertArrayEquals(new int[] {0, 0, 0}, BotStances.counts(Fixtures.bots(0, 1, 1, 0), START));
    }
}
