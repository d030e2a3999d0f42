package org.infoops.cli;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.infoops.env.Options;
import org.infoops.rpc.SoakRun;
import org.infoops.rpc.SoakRun.Client;
import org.infoops.rpc.SoakRun.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench soak}: starts the server jar as its own process (a real server, as clients see it), runs N
 * concurrent clients mixing unary calls, Stream and Batch over a cheap and an expensive environment for a set
 * time, and prints steps, errors by status code, p50 and p99 step latency, and the server's resident memory and
 * heap after a full GC at the start, middle and end. Exits 1 on any error or if the server dies.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Soak the server: concurrent unary, Stream and Batch clients for a set time; fails on any error or server death.")
public final class SoakBenchCommand implements Callable<Integer> {
    @Option(names = "--clients", description = "Concurrent clients (each unary, Stream or Batch in turn). Default: ${DEFAULT-VALUE}.")
    int clients = 12;

    @Option(names = "--seconds", description = "How long the clients run. Default: ${DEFAULT-VALUE}.")
    double seconds = 60;

    @Option(names = "--cheap", description = "The cheap environment. Default: ${DEFAULT-VALUE}.")
    String cheap = "diagnostic/bandit-v0";

    @Option(names = "--expensive", description = "The expensive environment (every third client). Default: ${DEFAULT-VALUE}.")
    String expensive = "diluvsion/bot-fleet-v0";

    @Option(names = "--expensive-options", description = "Its options as JSON. Default: ${DEFAULT-VALUE}.")
    String expensiveOptions = "{\"scenario\": \"diluvsion/small\"}";

    @Option(names = "--heap", description = "The server's -Xmx. Default: ${DEFAULT-VALUE}.")
    String heap = "1g";

    @Option(names = "--samples", description = "Memory samples while the clients run, evenly spaced from 2 s in (1 to 1000; "
            + "one more follows at the end). Default: ${DEFAULT-VALUE} (start and middle).")
    int samples = 2;

    private static final Pattern LISTENING = Pattern.compile("listening on (\\S+):(\\d+)");

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || !(seconds > 0)) throw new IllegalArgumentException("--clients and --seconds must be positive");
        if (samples < 1 || samples > 1000) throw new IllegalArgumentException("--samples " + samples + ": allowed 1 to 1000");
        Process server = startServer();
        ManagedChannel channel = null;
        try {
            int port = readPort(server);
            channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().maxInboundMessageSize(64 << 20).build();
            List<Client> mix = new ArrayList<>();
            Options heavy = Options.fromJson(expensiveOptions);
            for (int i = 0; i < clients; i++) {
                Transport t = Transport.values()[i % 3];
                mix.add(i % 3 == 2 - (i / 3) % 3 ? new Client(t, expensive, heavy) : new Client(t, cheap, Options.empty()));
            }
            long expensiveCount = mix.stream().filter(c -> c.envId().equals(expensive)).count();
            System.out.printf(Locale.ROOT, "bench soak: %d clients (unary, Stream, Batch of 2 sessions in turn; %d on %s %s, "
                            + "%d on %s) for %.0f s; server -Xmx%s on port %d (pid %d)%n", clients, expensiveCount, expensive,
                    expensiveOptions, clients - expensiveCount, cheap, seconds, heap, port, server.pid());
            SoakRun run = new SoakRun(channel);
            List<Thread> threads = run.start(mix);
            List<String[]> memory = new ArrayList<>();
            long startNanos = System.nanoTime();
            long firstMillis = Math.min(2000, (long) (seconds * 1000));
            long stepMillis = samples == 1 ? 0 : (long) (seconds * 1000 / samples);
            for (int i = 0; i < samples; i++) {
                long due = i == 0 ? firstMillis : i * stepMillis;
                sleepUntil(startNanos, due);
                memory.add(sample(server, samples == 2 ? (i == 0 ? "start" : "middle")
                        : String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - startNanos) / 1e9)));
            }
            sleepUntil(startNanos, (long) (seconds * 1000));
            run.stop();
            for (Thread t : threads) t.join(130_000);
            boolean alive = server.isAlive();
            if (alive) memory.add(sample(server, "end"));
            return report(run, memory, alive);
        } finally {
            if (channel != null) channel.shutdownNow();
            server.destroy();
            if (!server.waitFor(40, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static void sleepUntil(long startNanos, long millis) throws InterruptedException {
        long left = millis - (System.nanoTime() - startNanos) / 1_000_000;
        if (left > 0) Thread.sleep(left);
    }

    private int report(SoakRun run, List<String[]> memory, boolean alive) {
        long[] lat = run.sortedLatencies();
        Map<Status.Code, Long> errors = run.errors();
        System.out.printf(Locale.ROOT, "steps: %,d (%.0f per second)%n", run.steps(), run.steps() / seconds);
        System.out.println("errors by code: " + (errors.isEmpty() ? "none" : errors));
        run.firstErrors().forEach(e -> System.out.println("  e.g. " + e));
        if (lat.length > 0) {
            System.out.printf(Locale.ROOT, "step call latency: p50 %.2f ms, p99 %.2f ms (%,d calls; a Batch call steps 2 sessions)%n",
                    lat[lat.length / 2] / 1e6, lat[(int) Math.min(lat.length - 1, Math.floor(lat.length * 0.99))] / 1e6, lat.length);
        }
        System.out.println("server     RSS        heap after full GC");
        for (String[] m : memory) System.out.printf(Locale.ROOT, "%-10s %-10s %s%n", m[0], m[1], m[2]);
        boolean ok = alive && errors.isEmpty() && run.steps() > 0;
        System.out.println(ok ? "result: OK" : "result: FAILED (" + (alive ? "" : "the server died; ")
                + (errors.isEmpty() ? "" : "errors; ") + (run.steps() > 0 ? "" : "no steps") + ")");
        return ok ? 0 : 1;
    }

    private Process startServer() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar;
        try {
            jar = Path.of(SoakBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IOException("cannot find the server jar: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(jar)) throw new IOException("bench soak runs from the jar (java -jar target/infoops-gym.jar bench soak)");
        return new ProcessBuilder(java, "-Xmx" + heap, "-jar", jar.toString(), "serve", "--port", "0", "--max-sessions", "1024")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int readPort(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) return Integer.parseInt(m.group(2));
        }
        throw new IOException("the server exited before it listened");
    }

    /** The server's resident memory (/proc) and its heap after a full GC (jcmd), at one moment. */
    private static String[] sample(Process server, String when) {
        String rss = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB";
            }
        } catch (IOException | NumberFormatException e) {
            rss = "n/a";
        }
        String heapAfterGc = "n/a (jcmd missing)";
        try {
            jcmd(server.pid(), "GC.run");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(jcmd(server.pid(), "GC.heap_info"));
            if (m.find()) heapAfterGc = Long.parseLong(m.group(1)) / 1024 + " MiB";
        } catch (IOException e) {
            // Keep "n/a": the figures are informative, the errors and the server's life decide the result.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new String[] {when, rss, heapAfterGc};
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = ProcessHandle.current().info().command().map(c -> Path.of(c).resolveSibling("jcmd").toString()).orElse("jcmd");
        if (!Files.isExecutable(Path.of(jcmd))) jcmd = "jcmd";
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
