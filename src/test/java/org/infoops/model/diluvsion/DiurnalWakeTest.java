package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The wake check (Diluvsion §3.6 l.340, footnote 8; spec §2.4, §5.2): awake iff U < 0.9 x P[slot]; the paper's check
 * gives 153.45 +- 8.46 awake slots per week.
 */
class DiurnalWakeTest {
    private final DiurnalTable table = DiurnalTable.defaultTable();
    private final double damping = Fixtures.parameters().activity().damping();

    @Test
    void expectedAwakeSlotsPerWeek() {
        assertEquals(0.9, damping, 1e-12);
        double sum = 0;
        for (double p : table.values()) sum += p;
        assertEquals(336, table.values().length);
        assertEquals(153.3, damping * sum, 0.5, "0.9 x sum(P)");
    }

    @Test
    void monteCarloOfTwentyThousandWeeksMatchesThePaper() {
        UniformRandomProvider rng = new RandomStreams(20240206L).stream("wake-check");
        double[] p = table.values();
        int weeks = 20_000;
        double sum = 0, sq = 0;
        for (int w = 0; w < weeks; w++) {
            int awake = 0;
            for (int slot = 0; slot < DiurnalTable.SLOTS_PER_WEEK; slot++) if (rng.nextDouble() < damping * p[slot]) awake++;
            sum += awake;
            sq += (double) awake * awake;
        }
        double mean = sum / weeks;
        double sd = Math.sqrt((sq - weeks * mean * mean) / (weeks - 1));
        double expected = 0;
        for (double v : p) expected += damping * v;
        assertEquals(expected, mean, 0.3, "mean awake slots per week");
        assertEquals(8.46, sd, 0.3, "sd of awake slots per week");
    }

    /** In a world, the share of agents awake at each step of the first day is 0.9 x P[slot] (step 0 = Monday 00:00). */
    @Test
    void worldWakesAgentsByTheTableSlot() {
        DiluvsionSetup s = Fixtures.setup(48, Fixtures.parameters(), Fixtures.setup("sim01").bots());
        DiluvsionWorld w = Fixtures.world(s, Fixtures.randomGraph(1000, 5, 1), 3);
        int n = w.agentCount();
        double lowest = 1, highest = 0;
        for (int step = 0; step < 48; step++) {
            w.step();
            double q = damping * table.probability(new Clock(0).weekSlot(step));
            double se = Math.sqrt(q * (1 - q) / n);
            assertEquals(q, w.counters.awake / (double) n, 5 * se, "step " + step);
            lowest = Math.min(lowest, q);
            highest = Math.max(highest, q);
        }
        assertTrue(highest - lowest > 0.4, "the day spans night and evening");
    }
}
