package org.infoops.rpc;

import io.grpc.Status;
import org.infoops.env.Environment;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One environment instance held by the server for a client. Calls on one session are serialised by
 * its lock; calls on different sessions run concurrently.
 */
final class Session {
    private final String id;
    private final Environment environment;
    private final Object owner;
    private final ReentrantLock lock = new ReentrantLock();
    private final Runnable onClosed;
    private volatile long lastUsedNanos;
    private boolean closed;

    /** @param onClosed runs once when the session closes (gives its memory reservation back) */
    Session(String id, Environment environment, Object owner, long nowNanos, Runnable onClosed) {
        this.id = id;
        this.environment = environment;
        this.owner = owner;
        this.lastUsedNanos = nowNanos;
        this.onClosed = onClosed;
    }

    String id() {
        return id;
    }

    /** What the session is tied to: a client connection, a stream, or null (reclaimed only when idle or closed). */
    Object owner() {
        return owner;
    }

    Environment environment() {
        return environment;
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    /** Runs {@code call} with the session to itself; fails with NOT_FOUND if it was closed meanwhile. */
    <T> T use(Function<Environment, T> call, long nowNanos) {
        lock.lock();
        try {
            if (closed) {
                throw new ServiceException(Status.Code.NOT_FOUND, "session_id: \"" + id + "\" was closed while this call waited");
            }
            lastUsedNanos = nowNanos;
            try {
                return call.apply(environment);
            } finally {
                lastUsedNanos = System.nanoTime();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Closes the session unless a call holds it; true if this call closed it. */
    boolean tryClose() {
        if (!lock.tryLock()) return false;
        try {
            return closeLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Closes the session, waiting for a running call to finish. */
    void close() {
        lock.lock();
        try {
            closeLocked();
        } finally {
            lock.unlock();
        }
    }

    boolean isIdle(long nowNanos, long timeoutNanos) {
        return !lock.isLocked() && nowNanos - lastUsedNanos > timeoutNanos;
    }

    private boolean closeLocked() {
        if (closed) return false;
        closed = true;
        try {
            environment.close();
        } catch (RuntimeException e) {
            System.err.println("infoops-gym server: closing session " + id + " failed: " + e);
        } finally {
            onClosed.run();
        }
        return true;
    }
}
