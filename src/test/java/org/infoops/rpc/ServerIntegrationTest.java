package org.infoops.rpc;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.Environment;
import org.infoops.env.Environments;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.Value;
import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.env.diagnostic.CoordinationEnvironment;
import org.infoops.env.diagnostic.ReachEnvironment;
import org.infoops.kernel.RandomStreams;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationResult;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.TensorProto;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.infoops.rpc.ServerFixture.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives a real server on a free port over loopback, as a Java client would. */
class ServerIntegrationTest {
    private static ServerFixture fixture;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws IOException {
        fixture = ServerFixture.start();
        channel = fixture.channel();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static RemoteEnvironment remote(String id, Map<String, ?> options) {
        return RemoteEnvironment.create(channel, id, Options.of(options), OptionalLong.empty());
    }

    @Test
    void listsEveryEnvironmentWithItsOptions() {
        List<EnvironmentInfo> listed = RemoteEnvironment.list(channel);
        assertEquals(Environments.list(), listed);
    }

    @Test
    void specsArriveCompleteSoClientsNeedNothingElse() {
        for (EnvironmentInfo info : Environments.list()) {
            try (RemoteEnvironment env = remote(info.id(), Map.of()); Environment local = Environments.make(info.id())) {
                assertEquals(local.spec(), env.spec(), info.id());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameTrajectoryOverGrpcAndInProcess() {
        for (EnvironmentInfo info : Environments.list()) {
            try (RemoteEnvironment env = remote(info.id(), Map.of()); Environment local = Environments.make(info.id())) {
                assertEquals(trajectory(local, 77), trajectory(env, 77), info.id());
            }
        }
    }

    /** Observations, rewards and flags of a whole episode under seeded random actions. */
    private static List<String> trajectory(Environment env, long seed) {
        List<String> out = new ArrayList<>();
        ResetResult start = env.reset(seed);
        start.observations().forEach((a, o) -> out.add(a + " " + o.brief()));
        UniformRandomProvider rng = new RandomStreams(seed).stream("actions");
        List<String> live = new ArrayList<>(start.observations().keySet());
        for (int step = 0; step < 500 && !live.isEmpty(); step++) {
            Map<String, Value> actions = new LinkedHashMap<>();
            for (String agent : live) actions.put(agent, env.spec().actionSpace(agent).sample(rng));
            StepResult r = env.step(actions);
            r.transitions().forEach((a, t) -> out.add(a + " " + t.observation().brief() + " " + t.reward() + " "
                    + t.terminated() + " " + t.truncated() + " " + t.info()));
            live = new ArrayList<>(r.liveAgents());
        }
        return out;
    }

    @Test
    void healthCheckingAndReflectionAreOn() throws Exception {
        HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.newBuilder().build());
        assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
        HealthCheckResponse service = HealthGrpc.newBlockingStub(channel)
                .check(HealthCheckRequest.newBuilder().setService(EnvironmentServiceGrpc.SERVICE_NAME).build());
        assertEquals(HealthCheckResponse.ServingStatus.SERVING, service.getStatus());

        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel).serverReflectionInfo(
                new StreamObserver<>() {
                    public void onNext(ServerReflectionResponse r) { answer.complete(r); }
                    public void onError(Throwable t) { answer.completeExceptionally(t); }
                    public void onCompleted() { }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        ServerReflectionResponse r = answer.get(10, TimeUnit.SECONDS);
        requests.onCompleted();
        assertTrue(r.getListServicesResponse().getServiceList().stream()
                .anyMatch(s -> s.getName().equals(EnvironmentServiceGrpc.SERVICE_NAME)), r.toString());
    }

    @Test
    void unknownEnvironmentIsNotFound() {
        assertStatus(Status.Code.NOT_FOUND, () -> remote("diagnostic/nope-v0", Map.of()), "env_id", "diagnostic/nope-v0", "known ids");
        fixture.assertHealthy();
    }

    @Test
    void unknownSessionIsNotFound() {
        var stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        assertStatus(Status.Code.NOT_FOUND, () -> stub.step(StepRequest.newBuilder().setSessionId("s-0000").build()),
                "session_id", "s-0000");
        assertStatus(Status.Code.NOT_FOUND, () -> stub.reset(ResetRequest.getDefaultInstance()), "session_id: empty");
        fixture.assertHealthy();
    }

    @Test
    void badOptionsAreInvalidArguments() {
        assertStatus(Status.Code.INVALID_ARGUMENT, () -> remote(BanditEnvironment.ID, Map.of("arms", 99)),
                "options.arms", "99", "from 2 to 32");
        assertStatus(Status.Code.INVALID_ARGUMENT, () -> remote(BanditEnvironment.ID, Map.of("armz", 3)),
                "options.armz", "allowed options");
        fixture.assertHealthy();
    }

    @Test
    void actionOutsideItsSpaceIsInvalidAndTheSessionSurvives() {
        try (RemoteEnvironment env = remote(BanditEnvironment.ID, Map.of())) {
            env.reset(1);
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> env.step(Tensor.scalar(7L)), "actions[\"agent\"]", "value 7", "from 0 to 3");
            env.step(Tensor.scalar(3L));
        }
        fixture.assertHealthy();
    }

    @Test
    void nanWrongShapeAndWrongDtypeAreInvalid() {
        try (RemoteEnvironment env = remote(ReachEnvironment.ID, Map.of())) {
            env.reset(1);
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> env.step(Tensor.ofFloats(0, Float.NaN)), "actions[\"agent\"][1]", "NaN");
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> env.step(Tensor.ofFloats(0, 0, 0)), "shape [3] is not allowed", "shape [2]");
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> env.step(Tensor.ofDoubles(0, 0)), "dtype float64 is not allowed", "float32");
            env.step(Tensor.ofFloats(0.1f, 0.1f));
        }
        fixture.assertHealthy();
    }

    @Test
    void malformedTensorsAreInvalid() {
        try (RemoteEnvironment env = remote(ReachEnvironment.ID, Map.of())) {
            env.reset(1);
            var stub = EnvironmentServiceGrpc.newBlockingStub(channel);
            TensorProto.Tensor bad = TensorProto.Tensor.newBuilder().addShape(2)
                    .setFloat32Values(TensorProto.Float32Array.newBuilder().addValues(0.5f)).build();
            StepRequest request = StepRequest.newBuilder().setSessionId(env.sessionId()).addActions(AgentAction.newBuilder()
                    .setAgentId("agent").setAction(TensorProto.Value.newBuilder().setTensor(bad))).build();
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> stub.step(request), "needs 2 float32 elements but 1 were sent");
            StepRequest empty = StepRequest.newBuilder().setSessionId(env.sessionId()).addActions(AgentAction.newBuilder()
                    .setAgentId("agent")).build();
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> stub.step(empty), "no value set");
            env.step(Tensor.ofFloats(0, 0));
        }
        fixture.assertHealthy();
    }

    @Test
    void unknownAgentIdIsInvalid() {
        try (RemoteEnvironment env = remote(CoordinationEnvironment.ID, Map.of("agents", 2))) {
            env.reset(1);
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> env.step(Map.of("agent_0", Tensor.ofLongs(0, 0),
                    "agent_1", Tensor.ofLongs(0, 0), "intruder", Tensor.ofLongs(0, 0))), "unknown agent id \"intruder\"", "live agents");
            env.step(Map.of("agent_0", Tensor.ofLongs(0, 0), "agent_1", Tensor.ofLongs(1, 1)));
        }
        fixture.assertHealthy();
    }

    @Test
    void stepBeforeResetAndAfterTheEndFailPrecondition() {
        try (RemoteEnvironment env = remote(BanditEnvironment.ID, Map.of("episode_steps", 1))) {
            assertStatus(Status.Code.FAILED_PRECONDITION, () -> env.step(Tensor.scalar(0L)), "step before reset");
            env.reset(1);
            assertTrue(env.step(Tensor.scalar(0L)).episodeOver());
            assertStatus(Status.Code.FAILED_PRECONDITION, () -> env.step(Tensor.scalar(0L)), "after the episode ended");
            assertStatus(Status.Code.FAILED_PRECONDITION, () -> env.step(Tensor.scalar(0L)), "call reset");
            env.reset();
            env.step(Tensor.scalar(0L));
        }
        fixture.assertHealthy();
    }

    @Test
    void renderReturnsTextAndRgbImages() {
        try (RemoteEnvironment env = remote(BanditEnvironment.ID, Map.of())) {
            assertStatus(Status.Code.FAILED_PRECONDITION, () -> env.render("ansi"), "render before reset");
            env.reset(2);
            assertTrue(((org.infoops.env.TextFrame) env.render("ansi")).text().contains("arm"));
            var image = (org.infoops.env.RgbFrame) env.render("rgb_array");
            assertEquals(64, image.height());
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> env.render("human"), "mode", "human");
        }
    }

    @Test
    void batchStepsManySessionsAndReportsErrorsPerOperation() {
        List<RemoteEnvironment> envs = new ArrayList<>();
        for (int i = 0; i < 8; i++) envs.add(remote(BanditEnvironment.ID, Map.of()));
        var stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        BatchRequest.Builder resets = BatchRequest.newBuilder();
        for (int i = 0; i < envs.size(); i++) {
            resets.addOperations(Operation.newBuilder().setReset(ResetRequest.newBuilder().setSessionId(envs.get(i).sessionId()).setSeed(i)));
        }
        BatchResponse reset = stub.batch(resets.build());
        assertEquals(8, reset.getResultsCount());
        reset.getResultsList().forEach(r -> assertEquals(OperationResult.ResultCase.RESET, r.getResultCase()));
        BatchRequest.Builder steps = BatchRequest.newBuilder();
        for (int i = 0; i < envs.size(); i++) {
            long arm = i == 3 ? 99 : 0;
            steps.addOperations(Operation.newBuilder().setStep(StepRequest.newBuilder().setSessionId(envs.get(i).sessionId())
                    .addActions(AgentAction.newBuilder().setAgentId("agent").setAction(ValueCodec.encode(Tensor.scalar(arm))))));
        }
        BatchResponse stepped = stub.batch(steps.build());
        for (int i = 0; i < 8; i++) {
            OperationResult r = stepped.getResults(i);
            if (i == 3) {
                assertEquals(Status.Code.INVALID_ARGUMENT.value(), r.getError().getCode());
                assertTrue(r.getError().getMessage().contains("value 99"), r.getError().getMessage());
            } else {
                assertEquals(OperationResult.ResultCase.STEP, r.getResultCase());
            }
        }
        BatchRequest twice = BatchRequest.newBuilder().addOperations(steps.getOperations(0)).addOperations(steps.getOperations(0)).build();
        assertStatus(Status.Code.INVALID_ARGUMENT, () -> stub.batch(twice), "already appears in this batch");
        envs.forEach(RemoteEnvironment::close);
        fixture.assertHealthy();
    }

    @Test
    void streamRunsOperationsInOrderAndClosesItsSessionsAtTheEnd() throws Exception {
        LinkedBlockingQueue<OperationResult> results = new LinkedBlockingQueue<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        int before = fixture.server.sessionCount();
        StreamObserver<Operation> out = EnvironmentServiceGrpc.newStub(channel).stream(new StreamObserver<>() {
            public void onNext(OperationResult r) { results.add(r); }
            public void onError(Throwable t) { done.completeExceptionally(t); }
            public void onCompleted() { done.complete(null); }
        });
        out.onNext(Operation.newBuilder().setCreate(CreateSessionRequest.newBuilder().setEnvId(BanditEnvironment.ID)).build());
        OperationResult created = results.poll(10, TimeUnit.SECONDS);
        String session = created.getCreated().getSessionId();
        out.onNext(Operation.newBuilder().setStep(StepRequest.newBuilder().setSessionId(session)).build());
        assertEquals(Status.Code.FAILED_PRECONDITION.value(), results.poll(10, TimeUnit.SECONDS).getError().getCode());
        out.onNext(Operation.newBuilder().setReset(ResetRequest.newBuilder().setSessionId(session).setSeed(5)).build());
        assertEquals(OperationResult.ResultCase.RESET, results.poll(10, TimeUnit.SECONDS).getResultCase());
        out.onNext(Operation.newBuilder().setStep(StepRequest.newBuilder().setSessionId(session).addActions(AgentAction.newBuilder()
                .setAgentId("agent").setAction(ValueCodec.encode(Tensor.scalar(1L))))).build());
        assertEquals(OperationResult.ResultCase.STEP, results.poll(10, TimeUnit.SECONDS).getResultCase());
        assertEquals(before + 1, fixture.server.sessionCount());
        out.onCompleted();
        done.get(10, TimeUnit.SECONDS);
        ServerFixture.eventually("the stream's session to close", () -> fixture.server.sessionCount() == before);
        assertStatus(Status.Code.NOT_FOUND, () -> EnvironmentServiceGrpc.newBlockingStub(channel)
                .reset(ResetRequest.newBuilder().setSessionId(session).build()), "stream that created it ended");
    }

    @Test
    void sessionsStepConcurrentlyAndBatchesRunInParallel() throws Exception {
        Map<String, Object> slow = Map.of("step_delay_ms", 400);
        try (RemoteEnvironment a = remote(BanditEnvironment.ID, slow); RemoteEnvironment b = remote(BanditEnvironment.ID, slow)) {
            a.reset(1);
            b.reset(2);
            long t0 = System.nanoTime();
            CompletableFuture<StepResult> fa = CompletableFuture.supplyAsync(() -> a.step(Tensor.scalar(0L)));
            CompletableFuture<StepResult> fb = CompletableFuture.supplyAsync(() -> b.step(Tensor.scalar(0L)));
            fa.get(10, TimeUnit.SECONDS);
            fb.get(10, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 0.75, "two 0.4 s steps on two sessions took " + seconds + " s: not concurrent");

            BatchRequest.Builder batch = BatchRequest.newBuilder();
            for (RemoteEnvironment e : List.of(a, b)) {
                batch.addOperations(Operation.newBuilder().setStep(StepRequest.newBuilder().setSessionId(e.sessionId())
                        .addActions(AgentAction.newBuilder().setAgentId("agent").setAction(ValueCodec.encode(Tensor.scalar(0L))))));
            }
            t0 = System.nanoTime();
            EnvironmentServiceGrpc.newBlockingStub(channel).batch(batch.build());
            seconds = (System.nanoTime() - t0) / 1e9;
            if (Runtime.getRuntime().availableProcessors() > 1) {
                assertTrue(seconds < 0.75, "a batch of two 0.4 s steps took " + seconds + " s: not parallel");
            }
        }
    }

    @Test
    void infoAndTextValuesSurviveTheWire() {
        TensorProto.Value text = ValueCodec.encode(new org.infoops.env.Text("hello"));
        assertEquals("hello", ((org.infoops.env.Text) ValueCodec.decode(text, "x")).text());
        TensorProto.Value bools = TensorProto.Value.newBuilder().setTensor(TensorProto.Tensor.newBuilder().addShape(2)
                .setBoolValues(ByteString.copyFrom(new byte[] {1, 0}))).build();
        assertEquals(Tensor.bool(new int[] {2}, new boolean[] {true, false}), ValueCodec.decode(bools, "x"));
    }
}
