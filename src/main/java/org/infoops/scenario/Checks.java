package org.infoops.scenario;

import java.util.List;

/** Range and membership checks that fail with a {@link ScenarioException} naming path, value and what is allowed. */
public final class Checks {
    private final String source;

    public Checks(String source) {
        this.source = source;
    }

    public ScenarioException error(String path, String problem) {
        return new ScenarioException(source, path, problem);
    }

    public void atLeast(String path, long value, long min) {
        if (value < min) throw error(path, value + " is out of range; allowed: " + min + " or more");
    }

    public void between(String path, long value, long min, long max) {
        if (value < min || value > max) throw error(path, value + " is out of range; allowed: " + min + " to " + max);
    }

    public void between(String path, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw error(path, number(value) + " is out of range; allowed: " + number(min) + " to " + number(max));
        }
    }

    public void probability(String path, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw error(path, number(value) + " is out of range; allowed: 0 to 1 (a probability)");
        }
    }

    public void nonNegative(String path, double value) {
        if (!(value >= 0)) throw error(path, number(value) + " is out of range; allowed: 0 or more");
    }

    public void positive(String path, double value) {
        if (!(value > 0)) throw error(path, number(value) + " is out of range; allowed: more than 0");
    }

    /** Case-sensitive membership; callers normalise case first. */
    public void oneOf(String path, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw error(path, (value == null ? "null" : "'" + value + "'") + " is not allowed; allowed values: "
                    + String.join(", ", allowed));
        }
    }

    public void present(String path, String value, String allowed) {
        if (value == null || value.isBlank()) throw error(path, "missing or empty; allowed: " + allowed);
    }

    /** 0.8 rather than 0.8000000000000000444, 1 rather than 1.0. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
