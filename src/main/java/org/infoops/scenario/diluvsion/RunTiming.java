package org.infoops.scenario.diluvsion;

/** When one run started and finished ({@link System#nanoTime()}), for the wall-time figures of a summary. */
public record RunTiming(long startNanos, long endNanos) {
    public double seconds() {
        return (endNanos - startNanos) / 1e9;
    }
}
