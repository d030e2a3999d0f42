package org.infoops.rpc;

import java.time.Duration;

/**
 * How the environment server runs.
 *
 * @param host                address to bind, e.g. 127.0.0.1 (loopback only) or 0.0.0.0 (all interfaces)
 * @param port                port to bind; 0 picks a free one (read it from {@link EnvServer#port()})
 * @param maxSessions         sessions held at once; more are refused with RESOURCE_EXHAUSTED
 * @param idleTimeout         a session unused this long is reclaimed
 * @param maxMessageBytes     largest request accepted; larger ones fail with RESOURCE_EXHAUSTED
 * @param batchThreads        threads that run a Batch call's operations in parallel
 * @param reclaimOnDisconnect close a client's sessions as soon as its connection closes
 * @param shutdownGrace       how long a shutdown waits for calls in flight before cancelling them
 */
public record ServerSettings(String host, int port, int maxSessions, Duration idleTimeout, int maxMessageBytes,
                             int batchThreads, boolean reclaimOnDisconnect, Duration shutdownGrace) {
    public static final int DEFAULT_PORT = 50051;
    public static final int DEFAULT_MAX_SESSIONS = 256;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port " + port + ": allowed 0 to 65535");
        if (maxSessions < 1) throw new IllegalArgumentException("--max-sessions " + maxSessions + ": allowed 1 or more");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("--idle-timeout " + idleTimeout.toSeconds() + ": allowed more than 0 seconds");
        }
        if (maxMessageBytes < 1024) throw new IllegalArgumentException("--max-message-bytes " + maxMessageBytes + ": allowed 1024 or more");
        if (batchThreads < 1) throw new IllegalArgumentException("--batch-threads " + batchThreads + ": allowed 1 or more");
    }

    /** Loopback, the given port, and the defaults for everything else. */
    public static ServerSettings defaults(int port) {
        return new ServerSettings("127.0.0.1", port, DEFAULT_MAX_SESSIONS, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_MESSAGE_BYTES,
                Runtime.getRuntime().availableProcessors(), true, DEFAULT_SHUTDOWN_GRACE);
    }

    public ServerSettings withMaxSessions(int n) {
        return new ServerSettings(host, port, n, idleTimeout, maxMessageBytes, batchThreads, reclaimOnDisconnect, shutdownGrace);
    }

    public ServerSettings withIdleTimeout(Duration d) {
        return new ServerSettings(host, port, maxSessions, d, maxMessageBytes, batchThreads, reclaimOnDisconnect, shutdownGrace);
    }

    public ServerSettings withMaxMessageBytes(int n) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, n, batchThreads, reclaimOnDisconnect, shutdownGrace);
    }

    public ServerSettings withReclaimOnDisconnect(boolean reclaim) {
        return new ServerSettings(host, port, maxSessions, idleTimeout, maxMessageBytes, batchThreads, reclaim, shutdownGrace);
    }
}
