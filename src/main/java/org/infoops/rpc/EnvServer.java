package org.infoops.rpc;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionService;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.FileAccess;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The environment server: the {@link EnvironmentService} on a Netty transport, with gRPC health
 * checking, server reflection, an idle-session reaper, connection tracking (a client's sessions go
 * when it goes) and a graceful shutdown.
 */
public final class EnvServer implements AutoCloseable {
    /**
     * gRPC's transport logs an oversized or undecodable frame with a stack trace at WARNING; a client could fill
     * the disk with them. The server answers such requests itself (RESOURCE_EXHAUSTED, INVALID_ARGUMENT), so only
     * the transport's severe errors are logged. Held here so the configured logger is not garbage collected.
     */
    private static final java.util.logging.Logger TRANSPORT_STREAM_LOG =
            java.util.logging.Logger.getLogger("io.grpc.netty.shaded.io.grpc.netty.NettyServerStream");

    static {
        TRANSPORT_STREAM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ServerSettings settings;
    private final Server server;
    private final SessionManager sessions;
    private final HealthStatusManager health;
    private final ScheduledExecutorService reaper;
    private final ExecutorService batchPool;
    private final RequestGuard guard = new RequestGuard(RateLimitedLog.stderr());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private int boundPort = -1;

    private EnvServer(ServerSettings settings, EnvironmentRegistry registry) {
        this.settings = settings;
        this.sessions = new SessionManager(registry, settings.maxSessions(), settings.idleTimeout(),
                FileAccess.under(settings.scenarioDirs()),
                new SessionBudget(settings.sessionMemoryBytes(), settings.memoryBudgetBytes(), settings.maxCallWork()));
        this.batchPool = Executors.newFixedThreadPool(settings.batchThreads(), daemonThreads("infoops-batch"));
        this.reaper = Executors.newSingleThreadScheduledExecutor(daemonThreads("infoops-reaper"));
        this.health = new HealthStatusManager();
        // Closing waits for a step in flight on the session: never block the transport's thread on it.
        ConnectionTracker connections = new ConnectionTracker(id -> reaper.execute(
                () -> sessions.closeOwnedBy(id, "closed when its client's connection closed")));
        EnvironmentService service = new EnvironmentService(sessions, batchPool, settings.batchThreads(),
                settings.reclaimOnDisconnect());
        this.server = NettyServerBuilder.forAddress(new InetSocketAddress(settings.host(), settings.port()))
                .maxInboundMessageSize(settings.maxMessageBytes())
                .permitKeepAliveTime(5, TimeUnit.SECONDS)
                .permitKeepAliveWithoutCalls(true)
                // The server pings quiet connections: a peer that is gone or frozen (SIGSTOP) does not answer,
                // its connection is dropped and its sessions reclaimed, long before the idle timeout.
                .keepAliveTime(settings.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(ServerSettings.KEEPALIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .addTransportFilter(connections)
                .addService(guard.guard(ServerInterceptors.intercept(service, connections)))
                .addService(guard.guard(health.getHealthService().bindService()))
                .addService(guard.guard(ProtoReflectionServiceV1.newInstance().bindService()))
                .addService(guard.guard(ProtoReflectionService.newInstance().bindService()))
                .build();
    }

    /** Binds and starts a server for the environments of {@code registry}. */
    public static EnvServer start(ServerSettings settings, EnvironmentRegistry registry) throws IOException {
        EnvServer s = new EnvServer(settings, registry);
        s.server.start();
        s.boundPort = s.server.getPort();
        s.health.setStatus("", ServingStatus.SERVING);
        s.health.setStatus(EnvironmentServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        long period = Math.max(50, Math.min(settings.idleTimeout().toMillis() / 4, 30_000));
        s.reaper.scheduleWithFixedDelay(s.sessions::reapIdle, period, period, TimeUnit.MILLISECONDS);
        return s;
    }

    /** The bound port (the chosen one when started with port 0). */
    public int port() {
        return boundPort;
    }

    public String host() {
        return settings.host();
    }

    /** The generated graphs the server's sessions share. */
    org.infoops.graph.GraphCache graphs() {
        return sessions.graphs();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Sessions held now. */
    public int sessionCount() {
        return sessions.size();
    }

    /**
     * Graceful shutdown: health turns NOT_SERVING, new calls and sessions are refused, open calls that are
     * idle (a stream waiting for its client's next operation, a health watch) end at once with UNAVAILABLE,
     * calls in flight (a step in progress) finish within the grace period, and those still running when it
     * expires are answered UNAVAILABLE; then the remaining sessions are closed. Safe to call more than once
     * and from a shutdown hook.
     */
    public void shutdown() {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        health.enterTerminalState();
        sessions.refuseNewSessions();
        server.shutdown();
        try {
            long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
            while (!server.isTerminated() && System.nanoTime() < deadline) {
                endOpenCalls(true, "the server is shutting down; this stream was idle");
                server.awaitTermination(Math.min(50, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
            }
            if (!server.isTerminated()) {
                endOpenCalls(false, "the server is shutting down and its grace period (serve --shutdown-grace) expired before this call finished");
                server.shutdownNow();
                server.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            sessions.closeAll("closed at server shutdown");
            reaper.shutdownNow();
            batchPool.shutdownNow();
        }
    }

    /** Ends open calls with UNAVAILABLE (the contract's code for a server going away): only idle ones, or all. */
    private void endOpenCalls(boolean idleOnly, String why) {
        for (GuardedCall<?, ?> call : guard.openCalls()) {
            if (!idleOnly || call.idle()) call.closeWith(io.grpc.Status.UNAVAILABLE.withDescription(why));
        }
    }

    private void awaitQuietly() {
        try {
            server.awaitTermination(settings.shutdownGrace().plus(Duration.ofSeconds(5)).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until the server has terminated. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    @Override
    public void close() {
        shutdown();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
