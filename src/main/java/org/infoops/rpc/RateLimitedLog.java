package org.infoops.rpc;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * One line on standard error at most every {@code period}: a client sending malformed requests on purpose
 * must not be able to fill the server's disk through its log. Suppressed lines are counted in the next one.
 */
final class RateLimitedLog {
    private final PrintStream out;
    private final long periodNanos;
    private final LongSupplier clock;
    private long lastNanos;
    private boolean logged;
    private long suppressed;

    RateLimitedLog(PrintStream out, long periodNanos, LongSupplier clock) {
        this.out = out;
        this.periodNanos = periodNanos;
        this.clock = clock;
    }

    /** A log on standard error with at most one line every 10 seconds. */
    static RateLimitedLog stderr() {
        return new RateLimitedLog(System.err, 10_000_000_000L, System::nanoTime);
    }

    /** Logs {@code line} (at most 300 characters) unless a line was logged less than a period ago; true if logged. */
    synchronized boolean note(String line) {
        long now = clock.getAsLong();
        if (logged && now - lastNanos < periodNanos) {
            suppressed++;
            return false;
        }
        String text = line.length() > 300 ? line.substring(0, 300) + "..." : line;
        out.println("infoops-gym server: " + text + (suppressed > 0 ? " (and " + suppressed + " more like it since the last such line)" : ""));
        logged = true;
        lastNanos = now;
        suppressed = 0;
        return true;
    }
}
