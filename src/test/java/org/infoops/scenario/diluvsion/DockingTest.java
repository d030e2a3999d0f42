package org.infoops.scenario.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper's Table 1 as data, and the docking metrics that compare a sweep with it. */
class DockingTest {
    private static final PaperTable1 PAPER = PaperTable1.load();

    @Test
    void paperTableHoldsTheTranscribedValuesAndMarks() {
        assertEquals(List.of("Con", "Neu", "Pro", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"), PAPER.rows());
        assertEquals(16, PAPER.columns().size());
        assertEquals(519, PAPER.column("sim09").values()[9]);
        assertTrue(PAPER.column("sim09").marks()[9]);
        assertEquals(305, PAPER.column("sim01").values()[0]);
        assertEquals(1404, java.util.Arrays.stream(PAPER.start()).skip(3).sum());
        for (boolean m : PAPER.column("sim01").marks()) assertFalse(m, "the baseline is never marked");
        int stanceMarks = 0;
        for (String sim : PAPER.columns().keySet()) for (int r = 0; r < 3; r++) if (PAPER.column(sim).marks()[r]) stanceMarks++;
        assertEquals(37, stanceMarks); // of 45 stance cells outside Sim 1
        for (String sim : PAPER.columns().keySet()) {
            double[] v = PAPER.column(sim).values();
            assertEquals(1000, v[0] + v[1] + v[2], 1.5, sim + " stances sum to the population");
        }
    }

    @Test
    void aPerfectCopyMatchesEverywhereAndScoresZero() {
        PaperTable1.Column p = PAPER.column("sim13");
        Docking.Simulation s = new Docking.Simulation("sim13", 20, p.values().clone(), p.values(), p.marks().clone(), p.marks(), new int[] {20, 0, 0});
        assertTrue(s.rankAgrees() && s.matches() && s.slotsWithin());
        assertEquals(0, s.maxShareError(), 1e-12);
        assertEquals(0, s.themeMae(), 1e-12);
        assertEquals(3, s.stanceMarks()[0]);
        assertEquals(12, s.themeMarks()[0]);
        assertEquals(0, CalibrationObjective.of(new Docking(List.of(s))), 1e-12);
    }

    @Test
    void metricsOfAKnownDifference() {
        PaperTable1.Column p = PAPER.column("sim01"); // 305 / 568 / 127
        double[] ours = p.values().clone();
        ours[0] = 600; ours[1] = 300; ours[2] = 100; // rank flips, Con +29.5 points
        ours[3] += 120; // T1 +120 -> theme MAE 10
        Docking.Simulation s = new Docking.Simulation("sim01", 20, ours, p.values(), null, p.marks(), new int[] {0, 20, 0});
        assertFalse(s.rankAgrees());
        assertFalse(s.matches());
        assertEquals(29.5, s.maxShareError(), 1e-9);
        assertEquals(10, s.themeMae(), 1e-9);
        assertEquals(0, s.stanceMarks()[1], "untested marks are not compared");
        assertEquals((2480 + 120) / 1000.0, s.slotsPerAgent(), 1e-9);
        Docking d = new Docking(List.of(s));
        assertEquals(0, d.summary().matching());
        assertEquals(1, d.only(List.of("sim01")).simulations().size());
        assertTrue(d.only(List.of("sim02")).isEmpty());
    }

    @Test
    void reportRowsAndCsvColumnsAgree() {
        PaperTable1.Column p = PAPER.column("sim09");
        Docking d = new Docking(List.of(new Docking.Simulation("sim09", 3, p.values().clone(), p.values(), p.marks().clone(), p.marks(), new int[] {0, 3, 0})));
        String csv = DockingFormat.csv(d);
        String[] lines = csv.split("\n");
        assertEquals(2, lines.length);
        assertEquals(lines[0].split(",").length, lines[1].split(",", -1).length);
        String md = DockingFormat.markdown(d, "test");
        assertTrue(md.contains("Sim 9's T7: 519 (paper 519)"), md);
        assertTrue(md.contains("simulations matching (rank order and every share within 10 points): 1 of 1"), md);
    }

    @Test
    void runsLargestCountsHowTheRunsTippedWhichTheMeanHides() {
        // Four runs of "sim03": two end neutral-led, two positive-led; the mean (Neu 450, Pro 450) shows neither.
        DiluvsionResult r = Table1Test.result("sim03", "sim01", 0, 0, 0, 0, 0);
        double[][] ends = {{100, 100, 100, 100}, {700, 700, 200, 300}, {200, 200, 700, 600}};
        String[] stances = {"stance.negative", "stance.neutral", "stance.positive"};
        for (int s = 0; s < 3; s++) System.arraycopy(ends[s], 0, r.endValues(stances[s]), 0, 4);
        Docking.Simulation sim = Docking.of(Table1.of(List.of(r)), PAPER).simulations().get(0);
        assertEquals("[0, 2, 2]", java.util.Arrays.toString(sim.runsLargest()));
        String md = DockingFormat.markdown(new Docking(List.of(sim)), "test");
        assertTrue(md.contains("|0 / 2 / 2|"), md);
        assertTrue(DockingFormat.csv(new Docking(List.of(sim))).lines().skip(1).findFirst().orElseThrow().endsWith(",0,2,2"));
    }

    @Test
    void unknownSimulationIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PAPER.column("sim17"));
        assertTrue(e.getMessage().contains("sim17"));
    }
}
