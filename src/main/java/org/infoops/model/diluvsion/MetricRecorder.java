package org.infoops.model.diluvsion;

import java.util.Arrays;
import java.util.List;

/**
 * Collects a fixed set of numeric metrics once per step into primitive columns, allocated once per run.
 * A model writes a step's values into {@link #row()} and calls {@link #commit()}.
 */
public final class MetricRecorder {
    private final List<String> columns;
    private final double[][] values;
    private final double[] row;
    private int step;

    public MetricRecorder(List<String> columns, int steps) {
        this.columns = List.copyOf(columns);
        this.values = new double[columns.size()][steps];
        this.row = new double[columns.size()];
    }

    public List<String> columns() {
        return columns;
    }

    /** The row for the current step; cleared after each commit. */
    public double[] row() {
        return row;
    }

    public void commit() {
        for (int c = 0; c < row.length; c++) {
            values[c][step] = row[c];
        }
        Arrays.fill(row, 0);
        step++;
    }

    public int recordedSteps() {
        return step;
    }

    public StepSeries series() {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = Arrays.copyOf(values[c], step);
        }
        return new StepSeries(columns, copy);
    }
}
