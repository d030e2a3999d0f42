package org.infoops.scenario.diluvsion;

import org.apache.commons.math3.stat.inference.TTest;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table 1 on synthetic end values: layout, rounding and the significance mark. */
class Table1Test {
    static final int COLUMNS = DiluvsionMetrics.COLUMNS.size();

    /** A result whose every metric starts at {@code start} and ends at the given per-run values. */
    static DiluvsionResult result(String name, String baseline, double start, double... ends) {
        DiluvsionScenario s = TestScenarios.small(name, baseline, ends.length, 2);
        double[][] startValues = new double[COLUMNS][ends.length];
        double[][] endValues = new double[COLUMNS][];
        double[][] mean = new double[COLUMNS][2];
        for (int c = 0; c < COLUMNS; c++) {
            Arrays.fill(startValues[c], start);
            endValues[c] = ends.clone();
            mean[c] = new double[] {start, Arrays.stream(ends).average().orElse(0)};
        }
        double[] nan = new double[ends.length];
        Arrays.fill(nan, Double.NaN);
        return new DiluvsionResult(s, DiluvsionMetrics.COLUMNS, mean, new double[COLUMNS][2], startValues, endValues,
                nan, nan, 1, 1, null);
    }

    @Test
    void identicalSamplesGetNoMark() {
        Table1 t = Table1.of(List.of(result("sim01", "sim01", 139, 300, 310, 305), result("sim02", "sim01", 139, 300, 310, 305)));
        Table1.Cell c = t.rows().get(0).cells().get(1);
        assertEquals(1.0, c.pValue(), 1e-12);
        assertFalse(c.significant());
        assertEquals("Con,139,305,305", Table1Format.csv(t).lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void clearlyDifferentSamplesGetAMark() {
        Table1 t = Table1.of(List.of(result("sim01", "sim01", 139, 300, 310, 305, 295),
                result("sim04", "sim01", 139, 130, 135, 133, 138)));
        Table1.Cell c = t.rows().get(0).cells().get(1);
        assertTrue(c.pValue() < 1e-4, "p = " + c.pValue());
        assertTrue(c.significant());
        assertEquals("Con,139,303,134*", Table1Format.csv(t).lines().skip(1).findFirst().orElseThrow());
        assertTrue(Table1Format.markdown(t).contains("|Con|139|303|134\\*|"), Table1Format.markdown(t));
    }

    @Test
    void overlappingNoisySamplesGetNoMark() {
        Table1 t = Table1.of(List.of(result("a", "a", 10, 300, 340, 280, 320), result("b", "a", 10, 310, 290, 335, 305)));
        Table1.Cell c = t.rows().get(0).cells().get(1);
        assertTrue(c.pValue() > 0.05, "p = " + c.pValue());
        assertFalse(c.significant());
    }

    @Test
    void pValueIsWelchsTwoSidedTest() {
        double[] a = {300, 310, 305, 295, 320};
        double[] b = {280, 330, 290, 260};
        assertEquals(new TTest().tTest(a, b), Significance.welchPValue(a, b), 0);
        assertEquals(0.0, Significance.welchPValue(new double[] {5, 5}, new double[] {6, 6}), "no spread, different means");
        assertTrue(Double.isNaN(Significance.welchPValue(new double[] {5}, new double[] {6, 7})), "one run: untestable");
    }

    @Test
    void layoutFollowsThePaper() {
        Table1 t = Table1.of(List.of(result("sim01", "sim01", 139, 300, 310)));
        List<String> labels = t.rows().stream().map(Table1.Row::label).toList();
        assertEquals(List.of("Con", "Neu", "Pro", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"), labels);
        String md = Table1Format.markdown(t);
        assertTrue(md.startsWith("| |Start|sim01|\n|---|---:|---:|\n"), md);
        assertTrue(md.contains("|Stance ratio (bot)| |1:1:0|"), md);
        assertTrue(md.contains("|Bot roles| |Replier|"), md);
        assertTrue(md.contains("|Bot frequency| |Hi-hum.|"), md);
    }

    @Test
    void aMissingBaselineMeansNoMarksAndANote() {
        Table1 t = Table1.of(List.of(result("sim04", "sim01", 139, 130, 135), result("sim05", "sim01", 139, 300, 310)));
        assertTrue(t.rows().stream().flatMap(r -> r.cells().stream()).noneMatch(Table1.Cell::significant));
        assertEquals(2, t.notes().size());
        assertTrue(Table1Format.markdown(t).contains("Note: sim04: its baseline sim01 is not in this table"));
    }

    @Test
    void runSummaryListsStartAndEnd() {
        String s = Table1Format.summary(result("sim01", "sim01", 139, 300, 310));
        assertTrue(s.startsWith("sim01: 2 runs x 2 steps"), s);
        assertTrue(s.contains("Con        139      305.0      7.1"), s);
    }
}
