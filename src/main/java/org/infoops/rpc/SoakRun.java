package org.infoops.rpc;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.EnvSpec;
import org.infoops.env.Options;
import org.infoops.kernel.RandomStreams;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc.EnvironmentServiceBlockingStub;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CloseSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationResult;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A soak: concurrent clients, each stepping its sessions with seeded random actions over one of the three
 * transports (unary calls, one Stream, Batch calls of two sessions), resetting when an episode ends, until told
 * to stop. Counts steps, errors by status code and each step call's latency. Used by {@code bench soak}.
 */
public final class SoakRun {
    /** How a client talks to the server. */
    public enum Transport { UNARY, STREAM, BATCH }

    /** One client: its transport and the environment (id and options) of its sessions. */
    public record Client(Transport transport, String envId, Options options) {}

    private final Channel channel;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong steps = new AtomicLong();
    private final Map<Status.Code, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<LongArrayList> latencies = new ArrayList<>();
    private final List<String> firstErrors = new ArrayList<>();

    public SoakRun(Channel channel) {
        this.channel = channel;
    }

    /** Starts one thread per client; they run until {@link #stop()}. */
    public List<Thread> start(List<Client> clients) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i);
            LongArrayList mine = new LongArrayList();
            synchronized (latencies) {
                latencies.add(mine);
            }
            long seed = i;
            Thread t = new Thread(() -> runClient(c, seed, mine), "soak-client-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    public void stop() {
        stop.set(true);
    }

    public long steps() {
        return steps.get();
    }

    /** Errors by status code, sorted by code. */
    public Map<Status.Code, Long> errors() {
        Map<Status.Code, Long> out = new TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** The first few error messages, to say what went wrong. */
    public List<String> firstErrors() {
        synchronized (firstErrors) {
            return List.copyOf(firstErrors);
        }
    }

    /** All step-call latencies in nanoseconds, sorted (call after the clients stopped). */
    public long[] sortedLatencies() {
        LongArrayList all = new LongArrayList();
        synchronized (latencies) {
            for (LongArrayList l : latencies) all.addAll(l);
        }
        long[] a = all.toLongArray();
        java.util.Arrays.sort(a);
        return a;
    }

    private void runClient(Client client, long seed, LongArrayList latency) {
        UniformRandomProvider rng = new RandomStreams(seed).stream("soak-actions");
        try {
            switch (client.transport()) {
                case UNARY -> unary(client, seed, rng, latency);
                case STREAM -> stream(client, seed, rng, latency);
                case BATCH -> batch(client, seed, rng, latency);
            }
        } catch (StatusRuntimeException e) {
            failed(e.getStatus());
        } catch (RuntimeException e) {
            failed(Status.UNKNOWN.withDescription("client: " + e));
        }
    }

    private void failed(Status s) {
        errors.computeIfAbsent(s.getCode(), k -> new AtomicLong()).incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < 5) firstErrors.add(s.getCode() + ": " + s.getDescription());
        }
    }

    private CreateSessionRequest create(Client c, long seed) {
        return CreateSessionRequest.newBuilder().setEnvId(c.envId()).setOptions(StructCodec.toStruct(c.options().tree()))
                .setSeed(seed).build();
    }

    private static StepRequest stepRequest(String session, EnvSpec spec, List<String> live, UniformRandomProvider rng) {
        StepRequest.Builder b = StepRequest.newBuilder().setSessionId(session);
        for (String agent : live) {
            b.addActions(AgentAction.newBuilder().setAgentId(agent).setAction(ValueCodec.encode(spec.actionSpace(agent).sample(rng))));
        }
        return b.build();
    }

    private void unary(Client c, long seed, UniformRandomProvider rng, LongArrayList latency) {
        EnvironmentServiceBlockingStub stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        CreateSessionResponse created = stub.createSession(create(c, seed));
        EnvSpec spec = SpecCodec.decode(created.getSpec());
        String id = created.getSessionId();
        List<String> live = List.of();
        while (!stop.get()) {
            if (live.isEmpty()) {
                stub.reset(ResetRequest.newBuilder().setSessionId(id).build());
                live = spec.possibleAgents();
            }
            long t0 = System.nanoTime();
            StepResponse r = stub.step(stepRequest(id, spec, live, rng));
            latency.add(System.nanoTime() - t0);
            steps.incrementAndGet();
            live = r.getLiveAgentsList();
        }
        stub.closeSession(CloseSessionRequest.newBuilder().setSessionId(id).build());
    }

    private void stream(Client c, long seed, UniformRandomProvider rng, LongArrayList latency) {
        LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
        StreamObserver<Operation> ops = EnvironmentServiceGrpc.newStub(channel).stream(new StreamObserver<>() {
            public void onNext(OperationResult r) { answers.add(r); }
            public void onError(Throwable t) { answers.add(Status.fromThrowable(t)); }
            public void onCompleted() { answers.add(Status.OK); }
        });
        try {
            OperationResult created = call(ops, answers, Operation.newBuilder().setCreate(create(c, seed)).build());
            EnvSpec spec = SpecCodec.decode(created.getCreated().getSpec());
            String id = created.getCreated().getSessionId();
            List<String> live = List.of();
            while (!stop.get()) {
                if (live.isEmpty()) {
                    call(ops, answers, Operation.newBuilder().setReset(ResetRequest.newBuilder().setSessionId(id)).build());
                    live = spec.possibleAgents();
                }
                long t0 = System.nanoTime();
                OperationResult r = call(ops, answers, Operation.newBuilder().setStep(stepRequest(id, spec, live, rng)).build());
                latency.add(System.nanoTime() - t0);
                steps.incrementAndGet();
                live = r.getStep().getLiveAgentsList();
            }
        } finally {
            ops.onCompleted();
        }
    }

    private static OperationResult call(StreamObserver<Operation> ops, LinkedBlockingQueue<Object> answers, Operation op) {
        ops.onNext(op);
        Object answer;
        try {
            answer = answers.poll(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted").asRuntimeException();
        }
        if (answer == null) throw Status.DEADLINE_EXCEEDED.withDescription("no answer on the stream in 120 s").asRuntimeException();
        if (answer instanceof Status s) throw (s.isOk() ? Status.UNKNOWN.withDescription("stream ended early") : s).asRuntimeException();
        OperationResult r = (OperationResult) answer;
        if (r.hasError()) throw Status.fromCodeValue(r.getError().getCode()).withDescription(r.getError().getMessage()).asRuntimeException();
        return r;
    }

    private void batch(Client c, long seed, UniformRandomProvider rng, LongArrayList latency) {
        EnvironmentServiceBlockingStub stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        String[] ids = new String[2];
        EnvSpec spec = null;
        for (int k = 0; k < 2; k++) {
            CreateSessionResponse created = stub.createSession(create(c, seed * 2 + k));
            ids[k] = created.getSessionId();
            spec = SpecCodec.decode(created.getSpec());
        }
        List<List<String>> live = new ArrayList<>(List.of(List.of(), List.of()));
        while (!stop.get()) {
            BatchRequest.Builder b = BatchRequest.newBuilder();
            for (int k = 0; k < 2; k++) {
                if (live.get(k).isEmpty()) {
                    stub.reset(ResetRequest.newBuilder().setSessionId(ids[k]).build());
                    live.set(k, spec.possibleAgents());
                }
                b.addOperations(Operation.newBuilder().setStep(stepRequest(ids[k], spec, live.get(k), rng)));
            }
            long t0 = System.nanoTime();
            BatchResponse r = stub.batch(b.build());
            latency.add(System.nanoTime() - t0);
            for (int k = 0; k < 2; k++) {
                OperationResult result = r.getResults(k);
                if (result.hasError()) {
                    throw Status.fromCodeValue(result.getError().getCode()).withDescription(result.getError().getMessage()).asRuntimeException();
                }
                steps.incrementAndGet();
                live.set(k, result.getStep().getLiveAgentsList());
            }
        }
        for (String id : ids) stub.closeSession(CloseSessionRequest.newBuilder().setSessionId(id).build());
    }
}
