package org.infoops.cli;

import org.infoops.rpc.RemoteEnvironment;
import org.infoops.rpc.ValueCodec;

import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Value;
import org.infoops.kernel.RandomStreams;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationResult;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.PingRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepResponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures what a Java client pays per environment step: unary and streamed step round trips against
 * the floor of an empty unary call on the same channel, the same environment stepped in-process, and
 * the throughput of the Batch call at several session counts. Random valid actions from the spec.
 */
public final class RoundTripBenchmark {
    /** Latency percentiles in microseconds over {@code samples} calls. */
    public record Latency(String name, int samples, double p50Micros, double p99Micros, double meanMicros) {}

    /** Environment steps per second of Batch calls over {@code sessions} sessions. */
    public record Throughput(int sessions, long steps, double seconds, double stepsPerSecond) {}

    private final EnvironmentRegistry registry;
    private final String envId;
    private final Options options;
    private final int iterations;
    private final int warmup;

    public RoundTripBenchmark(EnvironmentRegistry registry, String envId, Options options, int iterations, int warmup) {
        this.registry = registry;
        this.envId = envId;
        this.options = options;
        this.iterations = iterations;
        this.warmup = warmup;
    }

    /** An empty unary call: the transport's floor. */
    public Latency floor(ManagedChannel channel) {
        var stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        PingRequest ping = PingRequest.getDefaultInstance();
        for (int i = 0; i < warmup; i++) stub.ping(ping);
        long[] t = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            stub.ping(ping);
            t[i] = System.nanoTime() - t0;
        }
        return latency("empty unary call (floor)", t);
    }

    /**
     * The floor, unary steps, streamed steps and in-process steps measured in turn within one loop (ping, unary
     * step, stream step, in-process step, ping...), each path on its own session of the same environment and
     * seed, so all four see the same JIT state, load and scheduling. Measuring them one after another instead
     * flatters whichever runs last: the model's code is still being compiled during the first hundred steps.
     */
    public List<Latency> interleaved(ManagedChannel channel) throws InterruptedException {
        var stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        PingRequest ping = PingRequest.getDefaultInstance();
        try (RemoteEnvironment unary = RemoteEnvironment.create(channel, envId, options, OptionalLong.empty());
             StreamSession stream = new StreamSession(channel);
             Environment local = registry.make(envId, options)) {
            UniformRandomProvider unaryRng = new RandomStreams(1).stream("bench");
            UniformRandomProvider streamRng = new RandomStreams(1).stream("bench");
            UniformRandomProvider localRng = new RandomStreams(1).stream("bench");
            unary.reset(1);
            local.reset(1);
            long[][] t = new long[4][iterations];
            for (int i = -warmup; i < iterations; i++) {
                long t0 = System.nanoTime();
                stub.ping(ping);
                long floor = System.nanoTime() - t0;
                long u = timedStep(unary, unaryRng);
                long st = stream.timedStep(streamRng);
                long l = timedStep(local, localRng);
                if (i >= 0) {
                    t[0][i] = floor;
                    t[1][i] = u;
                    t[2][i] = st;
                    t[3][i] = l;
                }
            }
            return List.of(latency("empty unary call (floor)", t[0]), latency("gRPC unary step", t[1]),
                    latency("gRPC stream step", t[2]), latency("in-process step", t[3]));
        }
    }

    /** Unary Step calls on one session (resets when an episode ends are not timed). */
    public Latency unaryStep(ManagedChannel channel) {
        try (RemoteEnvironment env = RemoteEnvironment.create(channel, envId, options, OptionalLong.empty())) {
            return stepLatency("gRPC unary step", env);
        }
    }

    /** The same environment stepped in this JVM, no gRPC. */
    public Latency inProcessStep() {
        try (Environment env = registry.make(envId, options)) {
            return stepLatency("in-process step", env);
        }
    }

    private Latency stepLatency(String name, Environment env) {
        UniformRandomProvider rng = new RandomStreams(1).stream("bench");
        env.reset(1);
        for (int i = 0; i < warmup; i++) timedStep(env, rng);
        long[] t = new long[iterations];
        for (int i = 0; i < iterations; i++) t[i] = timedStep(env, rng);
        return latency(name, t);
    }

    private static long timedStep(Environment env, UniformRandomProvider rng) {
        Map<String, Value> actions = randomActions(env, env.agents(), rng);
        long t0 = System.nanoTime();
        StepResult r = env.step(actions);
        long dt = System.nanoTime() - t0;
        if (r.episodeOver()) env.reset();
        return dt;
    }

    private static Map<String, Value> randomActions(Environment env, List<String> agents, UniformRandomProvider rng) {
        Map<String, Value> actions = new LinkedHashMap<>();
        for (String agent : agents) actions.put(agent, env.spec().actionSpace(agent).sample(rng));
        return actions;
    }

    /** Step operations on one session over one bidirectional Stream call. */
    public Latency streamStep(ManagedChannel channel) throws InterruptedException {
        try (StreamSession stream = new StreamSession(channel)) {
            UniformRandomProvider rng = new RandomStreams(1).stream("bench");
            long[] t = new long[iterations];
            for (int i = -warmup; i < iterations; i++) {
                long dt = stream.timedStep(rng);
                if (i >= 0) t[i] = dt;
            }
            return latency("gRPC stream step", t);
        }
    }

    /** One session stepped over one open bidirectional Stream call; resets when an episode ends are not timed. */
    private final class StreamSession implements AutoCloseable {
        private final RemoteEnvironment env;
        private final BlockingQueue<OperationResult> results = new ArrayBlockingQueue<>(1);
        private final StreamObserver<Operation> out;
        private List<String> live;
        private volatile Throwable failure;

        StreamSession(ManagedChannel channel) throws InterruptedException {
            env = RemoteEnvironment.create(channel, envId, options, OptionalLong.empty());
            out = EnvironmentServiceGrpc.newStub(channel).stream(new StreamObserver<>() {
                public void onNext(OperationResult r) { results.add(r); }
                public void onError(Throwable t) { failure = t; }
                public void onCompleted() { }
            });
            live = resetOverStream(out, results, env, OptionalLong.of(1));
        }

        long timedStep(UniformRandomProvider rng) throws InterruptedException {
            Operation op = Operation.newBuilder().setStep(stepRequest(env.sessionId(), randomActions(env, live, rng))).build();
            long t0 = System.nanoTime();
            out.onNext(op);
            OperationResult r = results.poll(60, TimeUnit.SECONDS);
            long dt = System.nanoTime() - t0;
            if (r == null || r.hasError()) throw new IllegalStateException("stream step failed: " + (r == null ? failure : r));
            live = r.getStep().getLiveAgentsList();
            if (live.isEmpty()) live = resetOverStream(out, results, env, OptionalLong.empty());
            return dt;
        }

        @Override
        public void close() {
            out.onCompleted();
            env.close();
        }
    }

    private static List<String> resetOverStream(StreamObserver<Operation> out, BlockingQueue<OperationResult> results,
                                                RemoteEnvironment env, OptionalLong seed) throws InterruptedException {
        ResetRequest.Builder reset = ResetRequest.newBuilder().setSessionId(env.sessionId());
        seed.ifPresent(reset::setSeed);
        out.onNext(Operation.newBuilder().setReset(reset).build());
        OperationResult r = results.poll(60, TimeUnit.SECONDS);
        if (r == null || r.hasError()) throw new IllegalStateException("stream reset failed: " + r);
        List<String> agents = new ArrayList<>();
        r.getReset().getAgentsList().forEach(a -> agents.add(a.getAgentId()));
        return agents;
    }

    private static StepRequest stepRequest(String session, Map<String, Value> actions) {
        StepRequest.Builder b = StepRequest.newBuilder().setSessionId(session);
        actions.forEach((agent, action) -> b.addActions(AgentAction.newBuilder().setAgentId(agent).setAction(ValueCodec.encode(action))));
        return b.build();
    }

    /**
     * Batch calls stepping {@code sessions} sessions for {@code seconds} after a warm-up; a session whose episode
     * ended is reset inside the next batch (as a vector environment's autoreset), and only steps count.
     */
    public Throughput batch(ManagedChannel channel, int sessions, double seconds) {
        List<RemoteEnvironment> envs = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) envs.add(RemoteEnvironment.create(channel, envId, options, OptionalLong.of(i)));
            for (RemoteEnvironment e : envs) e.reset();
            var stub = EnvironmentServiceGrpc.newBlockingStub(channel);
            UniformRandomProvider rng = new RandomStreams(2).stream("bench");
            List<List<String>> live = new ArrayList<>();
            for (RemoteEnvironment e : envs) live.add(e.spec().possibleAgents());
            boolean[] needsReset = new boolean[sessions];
            long steps = 0;
            // Untimed warm-up of about `warmup` environment steps (at least 200 calls) so the JIT has compiled the path.
            long warmupCalls = Math.max(200, warmup / sessions);
            long calls = 0;
            long start = 0;
            long end = Long.MAX_VALUE;
            while (true) {
                long now = System.nanoTime();
                if (start == 0 && calls >= warmupCalls) {
                    start = now;
                    end = start + (long) (seconds * 1e9);
                    steps = 0;
                }
                if (now >= end) break;
                calls++;
                BatchRequest.Builder request = BatchRequest.newBuilder();
                for (int i = 0; i < sessions; i++) {
                    RemoteEnvironment e = envs.get(i);
                    if (needsReset[i]) {
                        request.addOperations(Operation.newBuilder().setReset(ResetRequest.newBuilder().setSessionId(e.sessionId())));
                    } else {
                        request.addOperations(Operation.newBuilder().setStep(stepRequest(e.sessionId(), randomActions(e, live.get(i), rng))));
                    }
                }
                BatchResponse response = stub.batch(request.build());
                for (int i = 0; i < sessions; i++) {
                    OperationResult r = response.getResults(i);
                    if (r.hasError()) throw new IllegalStateException("batch operation " + i + " failed: " + r.getError().getMessage());
                    if (r.hasReset()) {
                        needsReset[i] = false;
                        live.set(i, envs.get(i).spec().possibleAgents());
                    } else {
                        StepResponse s = r.getStep();
                        steps++;
                        live.set(i, s.getLiveAgentsList());
                        needsReset[i] = s.getLiveAgentsCount() == 0;
                    }
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Throughput(sessions, steps, elapsed, steps / elapsed);
        } finally {
            envs.forEach(RemoteEnvironment::close);
        }
    }

    private static Latency latency(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e3;
        return new Latency(name, sorted.length, percentile(sorted, 0.50) / 1e3, percentile(sorted, 0.99) / 1e3, mean);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
