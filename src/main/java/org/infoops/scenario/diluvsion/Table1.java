package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper's Table 1 for a set of scenarios: rows Con, Neu, Pro and T1..T12; a start column; per scenario the
 * end value averaged over runs, marked significant when Welch's t-test against the scenario's baseline gives
 * p < 0.05 (the paper's caption: "compared to Sim 1"). A baseline is never marked against itself, and a scenario
 * whose baseline is not in the table gets no marks (a note says so).
 *
 * @param results the scenarios, in column order
 * @param rows    one per Table 1 row
 * @param notes   caveats to print under the table
 */
public record Table1(List<DiluvsionResult> results, List<Row> rows, List<String> notes) {

    /** @param label Con, Neu, Pro, T1..T12; @param column the metric; @param start mean at step 0 (first scenario) */
    public record Row(String label, String column, double start, List<Cell> cells) {}

    /** End mean and sd over runs, p-value against the baseline (NaN if not tested) and the mark. */
    public record Cell(double mean, double sd, double pValue, boolean significant) {}

    /** Row labels and metric columns, in the paper's order. */
    public static List<String[]> rowDefinitions() {
        List<String[]> rows = new ArrayList<>();
        String[] stanceLabels = {"Con", "Neu", "Pro"};
        for (Stance s : Stance.ALL) rows.add(new String[] {stanceLabels[s.ordinal()], DiluvsionMetrics.stance(s)});
        for (int t = 1; t <= DiluvsionMetrics.THEMES; t++) rows.add(new String[] {"T" + t, DiluvsionMetrics.theme(t)});
        return rows;
    }

    public static Table1 of(List<DiluvsionResult> results) {
        if (results.isEmpty()) throw new IllegalArgumentException("no scenarios");
        Map<String, DiluvsionResult> byName = new LinkedHashMap<>();
        for (DiluvsionResult r : results) byName.put(r.scenario().name(), r);
        List<String> notes = new ArrayList<>();
        for (DiluvsionResult r : results) {
            String baseline = r.scenario().baseline();
            if (!byName.containsKey(baseline)) {
                notes.add(r.scenario().name() + ": its baseline " + baseline + " is not in this table, so it has no significance marks");
            }
        }
        if (results.stream().anyMatch(r -> r.runs() < 2)) {
            notes.add("scenarios with fewer than 2 runs cannot be t-tested and get no significance marks");
        }
        DiluvsionResult first = results.get(0);
        List<Row> rows = new ArrayList<>();
        boolean startsDiffer = false;
        for (String[] def : rowDefinitions()) {
            double start = DiluvsionResult.meanSd(first.startValues(def[1]))[0];
            List<Cell> cells = new ArrayList<>();
            for (DiluvsionResult r : results) {
                double[] ends = r.endValues(def[1]);
                double[] meanSd = DiluvsionResult.meanSd(ends);
                DiluvsionResult base = byName.get(r.scenario().baseline());
                double p = base == null || base == r ? Double.NaN : Significance.welchPValue(ends, base.endValues(def[1]));
                cells.add(new Cell(meanSd[0], meanSd[1], p, Significance.significant(p)));
                startsDiffer |= Math.abs(DiluvsionResult.meanSd(r.startValues(def[1]))[0] - start) > 0.5;
            }
            rows.add(new Row(def[0], def[1], start, List.copyOf(cells)));
        }
        if (startsDiffer) {
            notes.add("start values differ between scenarios; the start column is " + first.scenario().name() + "'s");
        }
        return new Table1(List.copyOf(results), List.copyOf(rows), List.copyOf(notes));
    }

    public List<String> scenarioNames() {
        return results.stream().map(r -> r.scenario().name()).toList();
    }
}
