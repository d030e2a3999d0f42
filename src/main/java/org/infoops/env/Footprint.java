package org.infoops.env;

/**
 * What one environment instance will need, estimated from its options before anything large is allocated:
 * the heap it holds while it lives, and the work of its most expensive single call (a reset that builds a
 * world, or a step), in model updates (an agent's half-hour step, a user-day of the troll world, a cascade
 * trial over one node). The estimates are deliberately coarse upper bounds, measured where the comments say.
 *
 * @param bytes  heap bytes the instance holds
 * @param work   model updates of its most expensive call
 * @param option the option that drives the estimate most, e.g. "agents" (for messages)
 * @param value  that option's value as given, e.g. "10000000"
 */
public record Footprint(long bytes, long work, String option, String value) {
    /** A small diagnostic environment: a few hundred kilobytes, trivial work. */
    public static Footprint small(String option, String value) {
        return new Footprint(1L << 20, 100_000, option, value);
    }

    /** Saturating products, so absurd options give huge estimates instead of overflowing. */
    public static long times(double... factors) {
        double p = 1;
        for (double f : factors) p *= f;
        return p >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(p);
    }

    /** Bytes in a short human form (KiB, MiB, GiB, TiB). */
    public static String bytesText(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (u == 0 ? String.valueOf(bytes) : String.format(java.util.Locale.ROOT, "%.1f", v)) + " " + units[u];
    }
}
