package org.infoops.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.EnvSpec;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.Environments;
import org.infoops.env.OptionSpec;
import org.infoops.kernel.RandomStreams;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc.EnvironmentServiceBlockingStub;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.TensorProto;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * For every environment: a session that receives every kind of refused call between its steps plays exactly
 * the trajectory (byte for byte on the wire) of a twin session that receives none.
 */
class FailedCallsChangeNothingTest {
    private static ServerFixture fixture;
    private static EnvironmentServiceBlockingStub stub;

    @BeforeAll
    static void start() throws IOException {
        fixture = ServerFixture.start();
        ManagedChannel channel = fixture.channel();
        stub = EnvironmentServiceGrpc.newBlockingStub(channel);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aRefusedCallBetweenTwoStepsLeavesTheTrajectoryByteIdentical() {
        for (EnvironmentInfo info : Environments.list()) {
            CreateSessionResponse quiet = stub.createSession(CreateSessionRequest.newBuilder().setEnvId(info.id()).setSeed(3).build());
            CreateSessionResponse probed = stub.createSession(CreateSessionRequest.newBuilder().setEnvId(info.id()).setSeed(3).build());
            EnvSpec spec = SpecCodec.decode(quiet.getSpec());
            List<byte[]> expected = play(spec, quiet.getSessionId(), () -> { });
            List<byte[]> actual = play(spec, probed.getSessionId(), () -> refusedCalls(spec, probed.getSessionId()));
            assertEquals(expected.size(), actual.size(), info.id());
            for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), actual.get(i), info.id() + " answer " + i);
        }
    }

    /** Reset, then three steps of seeded actions; {@code between} runs after the reset and after every step. */
    private static List<byte[]> play(EnvSpec spec, String session, Runnable between) {
        List<byte[]> answers = new ArrayList<>();
        answers.add(stub.reset(ResetRequest.newBuilder().setSessionId(session).setSeed(9).build()).toByteArray());
        UniformRandomProvider rng = new RandomStreams(4).stream("actions");
        List<String> live = spec.possibleAgents();
        for (int step = 0; step < 3 && !live.isEmpty(); step++) {
            between.run();
            StepRequest.Builder b = StepRequest.newBuilder().setSessionId(session);
            for (String agent : live) {
                b.addActions(AgentAction.newBuilder().setAgentId(agent).setAction(ValueCodec.encode(spec.actionSpace(agent).sample(rng))));
            }
            var answer = stub.step(b.build());
            answers.add(answer.toByteArray());
            live = answer.getLiveAgentsList();
        }
        between.run();
        answers.add(stub.render(RenderRequest.newBuilder().setSessionId(session).setMode("ansi").build()).toByteArray());
        return answers;
    }

    /** Every kind of call the server must refuse without touching the session. */
    private static void refusedCalls(EnvSpec spec, String session) {
        String agent = spec.possibleAgents().get(0);
        TensorProto.Value text = TensorProto.Value.newBuilder().setText("x").build();
        refused(() -> stub.reset(ResetRequest.newBuilder().setSessionId(session).setSeed(1)
                .setOptions(struct("no_such_option", Value.newBuilder().setNumberValue(1).build())).build()));
        for (OptionSpec option : spec.resetOptions()) {
            for (Value bad : badValues(option.defaultValue())) {
                refused(() -> stub.reset(ResetRequest.newBuilder().setSessionId(session).setSeed(1)
                        .setOptions(struct(option.name(), bad)).build()));
            }
        }
        refused(() -> stub.step(StepRequest.newBuilder().setSessionId(session).build()));
        refused(() -> stub.step(StepRequest.newBuilder().setSessionId(session)
                .addActions(AgentAction.newBuilder().setAgentId("ghost").setAction(text)).build()));
        refused(() -> stub.step(StepRequest.newBuilder().setSessionId(session)
                .addActions(AgentAction.newBuilder().setAgentId(agent).setAction(text)).build()));
        refused(() -> stub.render(RenderRequest.newBuilder().setSessionId(session).setMode("human").build()));
        Operation step = Operation.newBuilder().setStep(StepRequest.newBuilder().setSessionId(session)).build();
        refused(() -> stub.batch(BatchRequest.newBuilder().addOperations(step).addOperations(step).build()));
    }

    /** Values no option with this default accepts: the wrong type, and numbers far outside any documented range. */
    private static List<Value> badValues(JsonNode defaultValue) {
        Value text = Value.newBuilder().setStringValue("x").build();
        if (defaultValue.isNumber()) {
            return List.of(text, Value.newBuilder().setNumberValue(1e300).build(), Value.newBuilder().setNumberValue(-1e300).build());
        }
        if (defaultValue.isBoolean()) return List.of(text);
        return List.of(Value.newBuilder().setNumberValue(12345).build());
    }

    private static Struct struct(String key, Value value) {
        return Struct.newBuilder().putFields(key, value).build();
    }

    private static void refused(Supplier<?> call) {
        try {
            call.get();
            fail("the call should have been refused");
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            assertTrue(code == Status.Code.INVALID_ARGUMENT || code == Status.Code.FAILED_PRECONDITION, e.getStatus().toString());
        }
    }
}
