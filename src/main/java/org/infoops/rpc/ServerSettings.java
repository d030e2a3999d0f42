package org.infoops.rpc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the environment server runs.
 *
 * @param host                address to bind, e.g. 127.0.0.1 (loopback only) or 0.0.0.0 (all interfaces)
 * @param port                port to bind; 0 picks a free one (read it from {@link EnvServer#port()})
 * @param maxSessions         sessions held at once; more are refused with RESOURCE_EXHAUSTED
 * @param idleTimeout         a session unused this long is reclaimed (unless an open stream owns it)
 * @param maxMessageBytes     largest request accepted; larger ones fail with RESOURCE_EXHAUSTED
 * @param batchThreads        threads that run a Batch call's operations in parallel
 * @param reclaimOnDisconnect close a client's sessions as soon as its connection closes
 * @param shutdownGrace       how long a shutdown waits for calls in flight before answering them UNAVAILABLE
 * @param scenarioDirs        directories whose scenario files clients may name (none: embedded scenarios only)
 * @param sessionMemoryBytes  largest estimated heap one session may hold
 * @param memoryBudgetBytes   largest estimated heap all sessions together may hold
 * @param maxCallWork         largest estimated work (model updates) of one call of a session
 * @param keepAliveTime       idle time after which the server pings a connection; a peer that does not answer
 *                            within {@link #KEEPALIVE_TIMEOUT} is dropped and its sessions reclaimed
 */
public record ServerSettings(String host, int port, int maxSessions, Duration idleTimeout, int maxMessageBytes,
                             int batchThreads, boolean reclaimOnDisconnect, Duration shutdownGrace,
                             List<Path> scenarioDirs, long sessionMemoryBytes, long memoryBudgetBytes, long maxCallWork,
                             Duration keepAliveTime) {
    public static final int DEFAULT_PORT = 50051;
    public static final int DEFAULT_MAX_SESSIONS = 256;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);
    /** 100 M model updates: a few minutes of one core at the models' measured 0.6 to 2.5 M updates per second. */
    public static final long DEFAULT_MAX_CALL_WORK = 100_000_000L;
    /** With {@link #KEEPALIVE_TIMEOUT}, a frozen or vanished peer's sessions go within about 50 seconds. */
    public static final Duration DEFAULT_KEEPALIVE_TIME = Duration.ofSeconds(30);
    public static final Duration KEEPALIVE_TIMEOUT = Duration.ofSeconds(20);

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port " + port + ": allowed 0 to 65535");
        if (maxSessions < 1) throw new IllegalArgumentException("--max-sessions " + maxSessions + ": allowed 1 or more");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("--idle-timeout " + idleTimeout.toSeconds() + ": allowed more than 0 seconds");
        }
        if (maxMessageBytes < 1024) throw new IllegalArgumentException("--max-message-bytes " + maxMessageBytes + ": allowed 1024 or more");
        if (batchThreads < 1) throw new IllegalArgumentException("--batch-threads " + batchThreads + ": allowed 1 or more");
        scenarioDirs = List.copyOf(scenarioDirs);
        if (sessionMemoryBytes < 1) throw new IllegalArgumentException("--session-memory-mb: allowed 1 or more");
        if (memoryBudgetBytes < sessionMemoryBytes) {
            throw new IllegalArgumentException("--memory-budget-mb: allowed at least --session-memory-mb");
        }
        if (maxCallWork < 1) throw new IllegalArgumentException("--max-call-work " + maxCallWork + ": allowed 1 or more");
        if (keepAliveTime.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("--keepalive " + keepAliveTime.toSeconds() + ": allowed 10 seconds or more");
        }
    }

    /** Heap the JVM may use: the budgets' defaults are shares of it. */
    static long maxHeap() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 4L << 30 : max;
    }

    /** Default per-session limit: a quarter of the heap, so one session never takes the server's headroom. */
    public static long defaultSessionMemoryBytes() {
        return maxHeap() / 4;
    }

    /** Default server-wide limit: 60% of the heap (the rest is transport buffers, responses and garbage). */
    public static long defaultMemoryBudgetBytes() {
        return maxHeap() * 6 / 10;
    }

    /**
     * Bytes of generated graphs the server keeps for all its sessions: a tenth of the heap, outside the sessions'
     * budget (about 200 Sim 1 graphs of 0.5 MiB in a 1 GiB heap).
     */
    public static long defaultGraphCacheBytes() {
        return maxHeap() / 10;
    }

    /** Loopback, the given port, and the defaults for everything else. */
    public static ServerSettings defaults(int port) {
        return new ServerSettings("127.0.0.1", port, DEFAULT_MAX_SESSIONS, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_MESSAGE_BYTES,
                Runtime.getRuntime().availableProcessors(), true, DEFAULT_SHUTDOWN_GRACE, List.of(),
                defaultSessionMemoryBytes(), defaultMemoryBudgetBytes(), DEFAULT_MAX_CALL_WORK, DEFAULT_KEEPALIVE_TIME);
    }

    public ServerSettings withMaxSessions(int n) {
        return new ServerSettings(host, port, n, idleTimeout, maxMessageBytes, batchThreads, reclaimOnDisconnect, shutdownGrace,
                scenarioDirs, sessionMemoryBytes, memoryBudgetBytes, maxCallWork, keepAliveTime);
    }

    public ServerSettings withIdleTimeout(Duration d) {
        return new ServerSettings(host, port, maxSessions, d, maxMessageBytes, batchThreads, reclaimOnDisconnect, shutdownGrace,
                scenarioDirs, sessionMemoryBytes, memoryBudgetBytes, maxCallWork, keepAliveTime);
    }

    public ServerSettings withMaxMessageBytes(int n) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, n, batchThreads, reclaimOnDisconnect, shutdownGrace,
                scenarioDirs, sessionMemoryBytes, memoryBudgetBytes, maxCallWork, keepAliveTime);
    }

    public ServerSettings withReclaimOnDisconnect(boolean reclaim) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, maxMessageBytes, batchThreads, reclaim, shutdownGrace,
                scenarioDirs, sessionMemoryBytes, memoryBudgetBytes, maxCallWork, keepAliveTime);
    }

    public ServerSettings withShutdownGrace(Duration grace) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, maxMessageBytes, batchThreads, reclaimOnDisconnect, grace,
                scenarioDirs, sessionMemoryBytes, memoryBudgetBytes, maxCallWork, keepAliveTime);
    }

    public ServerSettings withScenarioDirs(List<Path> dirs) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, maxMessageBytes, batchThreads, reclaimOnDisconnect, shutdownGrace,
                dirs, sessionMemoryBytes, memoryBudgetBytes, maxCallWork, keepAliveTime);
    }

    public ServerSettings withMemory(long perSession, long total) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, maxMessageBytes, batchThreads, reclaimOnDisconnect, shutdownGrace,
                scenarioDirs, perSession, total, maxCallWork, keepAliveTime);
    }
}
