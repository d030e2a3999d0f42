package org.infoops.scenario.shard;

import org.infoops.scenario.ScenarioException;

/**
 * A contiguous range {@code [from, to)} of a sweep's work items (runs, seeds or trials, numbered in the order a
 * single machine runs them). A shard is such a range: {@code --shard i/n} cuts the items into n nearly equal ranges
 * and takes the i-th (0-based), or {@code --run-range FROM:TO} names one explicitly. Ranges of the n shards cover
 * every item exactly once, so their outputs merge into the whole.
 */
public record RunRange(int from, int to) {
    public RunRange {
        if (from < 0 || to < from) throw new IllegalArgumentException("range [" + from + ", " + to + ") is empty or negative");
    }

    /** Shard {@code index} of {@code count} over {@code total} items: sizes differ by at most one, later shards larger. */
    public static RunRange shard(int index, int count, int total) {
        long from = (long) total * index / count;
        long to = (long) total * (index + 1) / count;
        return new RunRange((int) from, (int) to);
    }

    /**
     * Parses {@code --shard i/n} (0 <= i < n) or, when {@code shard} is null, {@code --run-range FROM:TO}
     * (0 <= FROM <= TO <= total); both null means every item.
     */
    public static RunRange parse(String shard, String runRange, int total) {
        if (shard != null && runRange != null) {
            throw new ScenarioException(null, "--shard", "'" + shard + "' is given with --run-range '" + runRange + "'; allowed: one of them");
        }
        if (shard != null) {
            int[] v = pair(shard, "/", "--shard", "i/n with 0 <= i < n, e.g. 0/4");
            if (v[1] < 1 || v[0] < 0 || v[0] >= v[1]) {
                throw new ScenarioException(null, "--shard", "'" + shard + "' is out of range; allowed: i/n with 0 <= i < n, e.g. 0/4");
            }
            return shard(v[0], v[1], total);
        }
        if (runRange != null) {
            int[] v = pair(runRange, ":", "--run-range", "FROM:TO with 0 <= FROM <= TO <= " + total);
            if (v[0] < 0 || v[1] < v[0] || v[1] > total) {
                throw new ScenarioException(null, "--run-range", "'" + runRange + "' is out of range; allowed: FROM:TO with 0 <= FROM <= TO <= " + total);
            }
            return new RunRange(v[0], v[1]);
        }
        return new RunRange(0, total);
    }

    private static int[] pair(String text, String separator, String field, String allowed) {
        String[] parts = text.split(separator, -1);
        try {
            if (parts.length == 2) return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ScenarioException(null, field, "'" + text + "' is not understood; allowed: " + allowed);
    }

    public int size() {
        return to - from;
    }

    public boolean contains(int item) {
        return item >= from && item < to;
    }

    @Override
    public String toString() {
        return from + ":" + to;
    }
}
