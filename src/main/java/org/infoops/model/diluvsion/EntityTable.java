package org.infoops.model.diluvsion;

import java.util.List;

/**
 * One row per entity (tweet, agent, ...) of integer columns, stored column-major: {@code values[column][row]}.
 * Used for tidy per-entity outputs of a run.
 */
public record EntityTable(List<String> columns, long[][] values) {
    public EntityTable {
        columns = List.copyOf(columns);
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " value columns for " + columns.size() + " names");
        }
    }

    public int rows() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public long[] column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column '" + name + "'; have " + columns);
        return values[i];
    }
}
