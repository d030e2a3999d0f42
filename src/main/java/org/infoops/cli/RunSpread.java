package org.infoops.cli;

import java.util.Arrays;

/** The min / median / max line the whole-run benchmarks print for each timed quantity. */
final class RunSpread {
    private RunSpread() {
    }

    /** Prints "{label} per run: median ..., min ..., max ..." in seconds and returns the median (upper, for even counts). */
    static double print(String label, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf("%s per run: median %.3f s, min %.3f s, max %.3f s%n", label, median, sorted[0],
                sorted[sorted.length - 1]);
        return median;
    }
}
