package org.infoops.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of a feature table, in column order. Every {@link Example} of one table has one value per
 * name. Names must be unique and non-blank, since Tribuo keys features by name.
 */
public record FeatureSchema(List<String> names) {
    public FeatureSchema {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("feature schema: names must not be empty");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isBlank()) {
                throw new IllegalArgumentException("feature schema: name " + i + " is blank; names must be non-blank");
            }
            Integer before = seen.put(n, i);
            if (before != null) {
                throw new IllegalArgumentException("feature schema: name '" + n + "' appears at columns " + before
                        + " and " + i + "; names must be unique");
            }
        }
    }

    public static FeatureSchema of(String... names) {
        return new FeatureSchema(List.of(names));
    }

    public int size() {
        return names.size();
    }

    /** The column of {@code name}, or -1 if the schema has no such column. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    public String name(int column) {
        return names.get(column);
    }

    /** Checks that a row fits this schema (length and finite values); the message names the offending column. */
    public void check(double[] row) {
        if (row.length != names.size()) {
            throw new IllegalArgumentException("feature row has " + row.length + " values; the schema has "
                    + names.size() + " columns " + names);
        }
        for (int i = 0; i < row.length; i++) {
            if (!Double.isFinite(row[i])) {
                throw new IllegalArgumentException("feature '" + names.get(i) + "' = " + row[i] + "; values must be finite");
            }
        }
    }
}
