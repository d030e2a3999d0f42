package org.infoops.model.diluvsion;

import java.util.List;

/**
 * One run's per-step metrics as a column table: {@code values[column][step]}. Immutable once recorded.
 * Column names are dotted, e.g. {@code stance.negative}, {@code theme.T7}, {@code action.reply}.
 */
public record StepSeries(List<String> columns, double[][] values) {
    public StepSeries {
        columns = List.copyOf(columns);
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " value columns for " + columns.size() + " names");
        }
    }

    public int steps() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public int indexOf(String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no metric column '" + column + "'; have " + columns);
        return i;
    }

    public double[] column(String name) {
        return values[indexOf(name)];
    }

    public double first(String name) {
        return column(name)[0];
    }

    public double last(String name) {
        double[] c = column(name);
        return c[c.length - 1];
    }
}
