package org.infoops.cli;

import org.infoops.env.BuiltinEnvironments;
import org.infoops.rpc.EnvServer;
import org.infoops.rpc.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code serve}: hosts every environment over gRPC until SIGTERM / SIGINT, then shuts down gracefully
 * (steps in flight finish, sessions are closed). Prints one line with the bound address, so a launcher
 * that asked for port 0 reads the port from standard output.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the environments over gRPC (health checking and reflection enabled).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port to bind; 0 picks a free port (printed on start). Default: ${DEFAULT-VALUE}.")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", description = "Address to bind: 127.0.0.1 for this machine only, 0.0.0.0 for all interfaces. Default: ${DEFAULT-VALUE}.")
    String host = "127.0.0.1";

    @Option(names = "--max-sessions", description = "Sessions held at once; more are refused (RESOURCE_EXHAUSTED). Default: ${DEFAULT-VALUE}.")
    int maxSessions = ServerSettings.DEFAULT_MAX_SESSIONS;

    @Option(names = "--idle-timeout", description = "Seconds after which an unused session is reclaimed. Default: ${DEFAULT-VALUE}.")
    double idleTimeoutSeconds = ServerSettings.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(names = "--max-message-bytes", description = "Largest request accepted; larger ones fail with RESOURCE_EXHAUSTED. Default: ${DEFAULT-VALUE} (16 MiB).")
    int maxMessageBytes = ServerSettings.DEFAULT_MAX_MESSAGE_BYTES;

    @Option(names = "--batch-threads", description = "Threads stepping a Batch call's sessions in parallel. Default: the number of cores.")
    int batchThreads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--reclaim-on-disconnect", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Close a client's sessions as soon as its connection closes (default: on; --no-reclaim-on-disconnect keeps them until idle).")
    boolean reclaimOnDisconnect = true;

    @Option(names = "--shutdown-grace", description = "Seconds a shutdown waits for calls in flight. Default: ${DEFAULT-VALUE}.")
    double shutdownGraceSeconds = ServerSettings.DEFAULT_SHUTDOWN_GRACE.toSeconds();

    @Option(names = "--scenario-dir", paramLabel = "DIR",
            description = "A directory whose scenario files clients may name in the scenario option (repeatable). "
                    + "Default: none, so clients may name only the embedded scenarios.")
    List<Path> scenarioDirs = new ArrayList<>();

    @Option(names = "--session-memory-mb", description = "Largest estimated heap one session may hold, in MiB; a session "
            + "estimated above it is refused (RESOURCE_EXHAUSTED). Default: a quarter of the JVM's maximum heap.")
    Long sessionMemoryMb;

    @Option(names = "--memory-budget-mb", description = "Largest estimated heap all sessions together may hold, in MiB. "
            + "Default: 60%% of the JVM's maximum heap.")
    Long memoryBudgetMb;

    @Option(names = "--max-call-work", description = "Largest estimated work of one call of a session, in model updates "
            + "(agent-steps, user-days, trial-nodes). Default: ${DEFAULT-VALUE}.")
    long maxCallWork = ServerSettings.DEFAULT_MAX_CALL_WORK;

    @Option(names = "--keepalive", description = "Seconds of quiet after which the server pings a connection; a peer "
            + "that does not answer within 20 s is dropped with its sessions (at least 10). Default: ${DEFAULT-VALUE}.")
    double keepAliveSeconds = ServerSettings.DEFAULT_KEEPALIVE_TIME.toSeconds();

    @Override
    public Integer call() throws Exception {
        long session = sessionMemoryMb == null ? ServerSettings.defaultSessionMemoryBytes() : mib(sessionMemoryMb, "--session-memory-mb");
        long total = memoryBudgetMb == null ? Math.max(session, ServerSettings.defaultMemoryBudgetBytes()) : mib(memoryBudgetMb, "--memory-budget-mb");
        ServerSettings settings = new ServerSettings(host, port, maxSessions, seconds(idleTimeoutSeconds, "--idle-timeout"),
                maxMessageBytes, batchThreads, reclaimOnDisconnect, seconds(shutdownGraceSeconds, "--shutdown-grace"),
                scenarioDirs, session, total, maxCallWork, seconds(keepAliveSeconds, "--keepalive"));
        EnvServer server;
        try {
            server = EnvServer.start(settings, BuiltinEnvironments.registry());
        } catch (IOException e) {
            System.err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (is the port in use? --port 0 picks a free one)");
            return 1;
        }
        // SIGTERM and SIGINT run shutdown hooks: finish the steps in flight, then let the JVM exit.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "infoops-shutdown"));
        System.out.println("infoops-gym server listening on " + host + ":" + server.port());
        System.out.flush();
        server.awaitTermination();
        return 0;
    }

    private static long mib(long mb, String option) {
        if (mb < 1 || mb > (Long.MAX_VALUE >> 20)) throw new IllegalArgumentException(option + " " + mb + ": allowed 1 or more MiB");
        return mb << 20;
    }

    private static Duration seconds(double s, String option) {
        if (!(s > 0) || Double.isInfinite(s)) throw new IllegalArgumentException(option + " " + s + ": allowed more than 0 seconds");
        return Duration.ofNanos((long) (s * 1e9));
    }
}
