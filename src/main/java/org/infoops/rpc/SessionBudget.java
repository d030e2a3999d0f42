package org.infoops.rpc;

import org.infoops.env.Budget;
import org.infoops.env.BudgetExceededException;
import org.infoops.env.Footprint;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's memory and work limits for sessions. A new session's environment states its estimated
 * {@link Footprint} from its options before it allocates anything large; the session's {@link Reservation}
 * checks it against the per-session limits and reserves its heap in the server-wide pool, or refuses it with
 * RESOURCE_EXHAUSTED naming the option, the estimate and the limit. So a request over budget fails on its
 * own and never takes memory from another client's session.
 */
final class SessionBudget {
    private final long sessionBytes;
    private final long totalBytes;
    private final long maxWork;
    private final AtomicLong reserved = new AtomicLong();

    SessionBudget(long sessionBytes, long totalBytes, long maxWork) {
        this.sessionBytes = sessionBytes;
        this.totalBytes = totalBytes;
        this.maxWork = maxWork;
    }

    Reservation reservation() {
        return new Reservation();
    }

    /** One session's share; released when the session goes (or its creation fails). */
    final class Reservation implements Budget {
        private long bytes;

        @Override
        public synchronized void admit(Footprint f) {
            String option = "options." + f.option() + "=" + org.infoops.env.Quote.value(f.value());
            if (f.bytes() > sessionBytes) {
                throw new BudgetExceededException(option + ": this session would hold about " + Footprint.bytesText(f.bytes())
                        + " of heap (estimate), over the per-session limit of " + Footprint.bytesText(sessionBytes)
                        + " (serve --session-memory-mb); choose a smaller value");
            }
            if (f.work() > maxWork) {
                throw new BudgetExceededException(option + ": one call of this session would take about "
                        + String.format(java.util.Locale.ROOT, "%,d", f.work()) + " model updates (estimate), over the limit of "
                        + String.format(java.util.Locale.ROOT, "%,d", maxWork) + " (serve --max-call-work); choose a smaller value");
            }
            while (true) {
                long now = reserved.get();
                if (now + f.bytes() > totalBytes) {
                    throw new BudgetExceededException(option + ": this session would hold about " + Footprint.bytesText(f.bytes())
                            + " of heap (estimate), but the server's sessions already hold " + Footprint.bytesText(now) + " of its "
                            + Footprint.bytesText(totalBytes) + " limit (serve --memory-budget-mb); close sessions or try later");
                }
                if (reserved.compareAndSet(now, now + f.bytes())) break;
            }
            bytes += f.bytes();
        }

        /** Gives the reserved heap back; safe to call more than once. */
        synchronized void release() {
            reserved.addAndGet(-bytes);
            bytes = 0;
        }
    }
}
