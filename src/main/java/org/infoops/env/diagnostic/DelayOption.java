package org.infoops.env.diagnostic;

import org.infoops.env.OptionSpec;

/** The diagnostic environments' artificial step cost, to exercise concurrency, batching and shutdown. */
final class DelayOption {
    static final String NAME = "step_delay_ms";
    static final OptionSpec SPEC = OptionSpec.of(NAME,
            "Milliseconds each step sleeps, to imitate an expensive world step (0 to 60000).", 0L);

    private DelayOption() {}

    /** A diagnostic environment holds a few small arrays; a slow step costs time, not memory or model updates. */
    static org.infoops.env.Footprint footprint(long delayMillis) {
        return org.infoops.env.Footprint.small(NAME, String.valueOf(delayMillis));
    }

    static void pause(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // Keep the step's result; let the caller's thread see the interrupt.
            Thread.currentThread().interrupt();
        }
    }
}
