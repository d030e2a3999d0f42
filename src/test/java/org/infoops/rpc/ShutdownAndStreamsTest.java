package org.infoops.rpc;

import com.google.protobuf.Struct;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import org.infoops.env.Options;
import org.infoops.env.Tensor;
import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationResult;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shutdown answers with the contract's code and is not held by idle streams; streams own their sessions and respect flow control. */
class ShutdownAndStreamsTest {
    @Test
    void aStepStillRunningWhenTheGraceExpiresGetsUnavailable() throws Exception {
        ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withShutdownGrace(Duration.ofMillis(300)));
        try (f) {
            RemoteEnvironment env = RemoteEnvironment.create(f.channel(), BanditEnvironment.ID,
                    Options.of(Map.of("step_delay_ms", 4000)), OptionalLong.empty());
            env.reset(1);
            CompletableFuture<Status> step = CompletableFuture.supplyAsync(() -> {
                try {
                    env.step(Tensor.scalar(0L));
                    return Status.OK;
                } catch (StatusRuntimeException e) {
                    return e.getStatus();
                }
            });
            Thread.sleep(300);
            f.server.shutdown();
            Status s = step.get(10, TimeUnit.SECONDS);
            assertEquals(Status.Code.UNAVAILABLE, s.getCode(), s.toString());
            assertTrue(s.getDescription().contains("shutdown-grace"), s.toString());
        }
    }

    @Test
    void anIdleOpenStreamDoesNotHoldTheShutdown() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withShutdownGrace(Duration.ofSeconds(20)))) {
            LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
            StreamObserver<Operation> ops = EnvironmentServiceGrpc.newStub(f.channel()).stream(collect(answers));
            ops.onNext(Operation.newBuilder().setCreate(CreateSessionRequest.newBuilder().setEnvId(BanditEnvironment.ID)).build());
            assertTrue(answers.poll(10, TimeUnit.SECONDS) instanceof OperationResult);
            long t0 = System.nanoTime();
            f.server.shutdown();
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "shutdown waited for an idle stream");
            Object end = answers.poll(10, TimeUnit.SECONDS);
            assertTrue(end instanceof Status s && s.getCode() == Status.Code.UNAVAILABLE, String.valueOf(end));
            assertEquals(0, f.server.sessionCount());
        }
    }

    @Test
    void aStreamsSessionIsNotReclaimedForIdlenessWhileTheStreamIsOpen() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withIdleTimeout(Duration.ofMillis(200)))) {
            LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
            StreamObserver<Operation> ops = EnvironmentServiceGrpc.newStub(f.channel()).stream(collect(answers));
            ops.onNext(Operation.newBuilder().setCreate(CreateSessionRequest.newBuilder().setEnvId(BanditEnvironment.ID).setSeed(1)).build());
            String id = ((OperationResult) answers.poll(10, TimeUnit.SECONDS)).getCreated().getSessionId();
            Thread.sleep(1200);
            assertEquals(1, f.server.sessionCount());
            ops.onCompleted();
            ServerFixture.eventually("the stream's session to close with its stream", () -> f.server.sessionCount() == 0);
            assertTrue(id.startsWith("s-"));
        }
    }

    @Test
    void aStreamClientThatDoesNotReadStopsBeingServed() throws Exception {
        try (ServerFixture f = ServerFixture.start()) {
            ManagedChannel channel = f.channel();
            String id = EnvironmentServiceGrpc.newBlockingStub(channel).createSession(CreateSessionRequest.newBuilder()
                    .setEnvId(BanditEnvironment.ID).setSeed(1).setOptions(Struct.newBuilder()
                            .putFields("arms", com.google.protobuf.Value.newBuilder().setNumberValue(32).build())
                            .putFields("max_misses", com.google.protobuf.Value.newBuilder().setNumberValue(1000).build())
                            .putFields("episode_steps", com.google.protobuf.Value.newBuilder().setNumberValue(100000).build())).build())
                    .getSessionId();
            EnvironmentServiceGrpc.newBlockingStub(channel).reset(org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest
                    .newBuilder().setSessionId(id).setSeed(1).build());
            CompletableFuture<ClientCallStreamObserver<Operation>> started = new CompletableFuture<>();
            EnvironmentServiceGrpc.newStub(channel).stream(new ClientResponseObserver<Operation, OperationResult>() {
                @Override
                public void beforeStart(ClientCallStreamObserver<Operation> requests) {
                    requests.disableAutoInboundFlowControl(); // read no answer (beyond the first)
                    started.complete(requests);
                }

                public void onNext(OperationResult r) { }
                public void onError(Throwable t) { }
                public void onCompleted() { }
            });
            ClientCallStreamObserver<Operation> ops = started.get(10, TimeUnit.SECONDS);
            Operation step = Operation.newBuilder().setStep(StepRequest.newBuilder().setSessionId(id).addActions(AgentAction.newBuilder()
                    .setAgentId(BanditEnvironment.AGENT).setAction(ValueCodec.encode(Tensor.scalar(0L))))).build();
            // Each rgb frame of 32 arms is 512 x 64 x 3 = 96 KiB: 400 of them are 38 MiB the server would buffer.
            Operation frame = Operation.newBuilder().setRender(RenderRequest.newBuilder().setSessionId(id).setMode("rgb_array")).build();
            for (int i = 0; i < 400; i++) {
                ops.onNext(step);
                ops.onNext(frame);
            }
            Thread.sleep(2000);
            String text = EnvironmentServiceGrpc.newBlockingStub(channel).render(RenderRequest.newBuilder().setSessionId(id).setMode("ansi").build()).getText();
            Matcher m = Pattern.compile("step (\\d+)/").matcher(text);
            assertTrue(m.find(), text);
            int served = Integer.parseInt(m.group(1));
            assertTrue(served < 100, "the server went on serving a stream whose answers nobody read: " + served + " steps");
            ops.cancel("done", null);
        }
    }

    private static StreamObserver<OperationResult> collect(LinkedBlockingQueue<Object> answers) {
        return new StreamObserver<>() {
            public void onNext(OperationResult r) { answers.add(r); }
            public void onError(Throwable t) { answers.add(Status.fromThrowable(t)); }
            public void onCompleted() { answers.add(Status.OK); }
        };
    }
}
