package org.infoops.cli;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.infoops.env.BuiltinEnvironments;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.Options;
import org.infoops.rpc.EnvServer;
import org.infoops.cli.RoundTripBenchmark.Latency;
import org.infoops.cli.RoundTripBenchmark.Throughput;
import org.infoops.rpc.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench env}: step round-trip latency (p50, p99) of one session over gRPC (unary and stream)
 * beside the floor of an empty unary call on the same channel and the same environment stepped
 * in-process, and Batch throughput in environment steps per second at several session counts.
 */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Benchmark environment round trips: step latency over gRPC vs. the empty-call floor and in-process; batched throughput.")
public final class EnvBenchCommand implements Callable<Integer> {
    enum Section { floor, unary, stream, inprocess, batch }

    @Option(names = "--env", description = "Environment id. Default: ${DEFAULT-VALUE}.")
    String envId = "diagnostic/bandit-v0";

    @Option(names = "--options", description = "Environment options as a JSON object, e.g. '{\"arms\": 8}'. Default: none.")
    String optionsJson = "{}";

    @Option(names = "--iterations", description = "Timed calls per latency figure. Default: ${DEFAULT-VALUE}.")
    int iterations = 20_000;

    @Option(names = "--warmup", description = "Untimed calls first (JIT warm-up). Default: ${DEFAULT-VALUE}.")
    int warmup = 10_000;

    @Option(names = "--batch-sessions", split = ",", description = "Session counts for the Batch throughput. Default: 1,8,64.")
    List<Integer> batchSessions = new ArrayList<>(List.of(1, 8, 64));

    @Option(names = "--batch-seconds", description = "Seconds measured per session count. Default: ${DEFAULT-VALUE}.")
    double batchSeconds = 3;

    @Option(names = "--target", description = "host:port of a running server; default: start one in this JVM on a free loopback port.")
    String target;

    @Option(names = "--sections", split = ",", description = "What to measure: ${COMPLETION-CANDIDATES}. Default: all.")
    Set<Section> sections = EnumSet.allOf(Section.class);

    @Override
    public Integer call() throws Exception {
        EnvironmentRegistry registry = BuiltinEnvironments.registry();
        Options options = Options.fromJson(optionsJson);
        RoundTripBenchmark bench = new RoundTripBenchmark(registry, envId, options, iterations, warmup);
        EnvServer server = null;
        String address = target;
        if (address == null && needsServer()) {
            server = EnvServer.start(ServerSettings.defaults(0).withMaxSessions(Math.max(256, maxBatch() + 8)), registry);
            address = "127.0.0.1:" + server.port();
        }
        ManagedChannel channel = null;
        try {
            System.out.printf(Locale.ROOT, "bench env: %s %s, %d timed calls after %d warm-up, %d cores, server %s%n",
                    envId, options, iterations, warmup, Runtime.getRuntime().availableProcessors(),
                    address == null ? "-" : (target == null ? "in this JVM at " + address : address));
            List<Latency> latencies = new ArrayList<>();
            if (address != null) {
                int colon = address.lastIndexOf(':');
                channel = NettyChannelBuilder.forAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)))
                        .usePlaintext().maxInboundMessageSize(256 * 1024 * 1024).build();
            }
            if (sections.containsAll(List.of(Section.floor, Section.unary, Section.stream, Section.inprocess))) {
                latencies.addAll(bench.interleaved(channel));
            } else {
                if (sections.contains(Section.floor)) latencies.add(bench.floor(channel));
                if (sections.contains(Section.unary)) latencies.add(bench.unaryStep(channel));
                if (sections.contains(Section.stream)) latencies.add(bench.streamStep(channel));
                if (sections.contains(Section.inprocess)) latencies.add(bench.inProcessStep());
            }
            if (!latencies.isEmpty()) {
                System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "latency (one session)", "p50 us", "p99 us", "mean us");
                for (Latency l : latencies) {
                    System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f%n", l.name(), l.p50Micros(), l.p99Micros(), l.meanMicros());
                }
            }
            if (sections.contains(Section.batch)) {
                System.out.printf(Locale.ROOT, "%-28s %10s %14s%n", "Batch throughput", "sessions", "env steps/s");
                for (int n : batchSessions) {
                    Throughput t = bench.batch(channel, n, batchSeconds);
                    System.out.printf(Locale.ROOT, "%-28s %10d %14.0f%n", "", t.sessions(), t.stepsPerSecond());
                }
            }
            return 0;
        } finally {
            if (channel != null) channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            if (server != null) server.shutdown();
        }
    }

    private boolean needsServer() {
        return sections.stream().anyMatch(s -> s != Section.inprocess);
    }

    private int maxBatch() {
        return batchSessions.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
