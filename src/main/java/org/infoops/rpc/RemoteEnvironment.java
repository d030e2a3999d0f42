package org.infoops.rpc;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import org.infoops.env.EnvSpec;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.Frame;
import org.infoops.env.Info;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.RgbFrame;
import org.infoops.env.StepResult;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentObservation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentTransition;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CloseSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ListEnvironmentsRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A Java client's view of a server session through the same {@link Environment} interface as an
 * in-process environment: the spec is rebuilt from what the server sends, nothing is known out of
 * band. Server errors surface as {@link StatusRuntimeException} with the server's status and message.
 */
public final class RemoteEnvironment implements Environment {
    private final EnvironmentServiceGrpc.EnvironmentServiceBlockingStub stub;
    private final String sessionId;
    private final EnvSpec spec;
    private List<String> live = List.of();
    private boolean closed;

    private RemoteEnvironment(EnvironmentServiceGrpc.EnvironmentServiceBlockingStub stub, CreateSessionResponse created) {
        this.stub = stub;
        this.sessionId = created.getSessionId();
        this.spec = SpecCodec.decode(created.getSpec());
    }

    /** Creates a session of {@code envId} on the server behind {@code channel}. */
    public static RemoteEnvironment create(Channel channel, String envId, Options options, OptionalLong seed) {
        EnvironmentServiceGrpc.EnvironmentServiceBlockingStub stub = EnvironmentServiceGrpc.newBlockingStub(channel);
        CreateSessionRequest.Builder request = CreateSessionRequest.newBuilder()
                .setEnvId(envId).setOptions(StructCodec.toStruct(options.tree()));
        seed.ifPresent(request::setSeed);
        return new RemoteEnvironment(stub, stub.createSession(request.build()));
    }

    /** The environments the server behind {@code channel} offers. */
    public static List<EnvironmentInfo> list(Channel channel) {
        List<EnvironmentInfo> out = new ArrayList<>();
        EnvironmentServiceGrpc.newBlockingStub(channel).listEnvironments(ListEnvironmentsRequest.getDefaultInstance())
                .getEnvironmentsList().forEach(info -> out.add(SpecCodec.decode(info)));
        return out;
    }

    public String sessionId() {
        return sessionId;
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public List<String> agents() {
        return live;
    }

    @Override
    public ResetResult reset(OptionalLong seed, Options options) {
        ResetRequest.Builder request = ResetRequest.newBuilder().setSessionId(sessionId)
                .setOptions(StructCodec.toStruct(options.tree()));
        seed.ifPresent(request::setSeed);
        ResetResponse response = stub.reset(request.build());
        Map<String, Value> observations = new LinkedHashMap<>();
        Map<String, Info> infos = new LinkedHashMap<>();
        for (AgentObservation a : response.getAgentsList()) {
            observations.put(a.getAgentId(), ValueCodec.decode(a.getObservation(), "observation"));
            infos.put(a.getAgentId(), ValueCodec.decodeInfo(a.getInfo(), "info"));
        }
        live = List.copyOf(observations.keySet());
        return new ResetResult(observations, infos);
    }

    @Override
    public StepResult step(Map<String, Value> actions) {
        StepRequest.Builder request = StepRequest.newBuilder().setSessionId(sessionId);
        for (Map.Entry<String, Value> e : actions.entrySet()) {
            request.addActions(AgentAction.newBuilder().setAgentId(e.getKey()).setAction(ValueCodec.encode(e.getValue())));
        }
        StepResult result = decode(stub.step(request.build()));
        live = result.liveAgents();
        return result;
    }

    static StepResult decode(StepResponse response) {
        Map<String, Transition> transitions = new LinkedHashMap<>();
        for (AgentTransition t : response.getAgentsList()) {
            transitions.put(t.getAgentId(), new Transition(ValueCodec.decode(t.getObservation(), "observation"),
                    t.getReward(), t.getTerminated(), t.getTruncated(), ValueCodec.decodeInfo(t.getInfo(), "info")));
        }
        return new StepResult(transitions, response.getLiveAgentsList());
    }

    @Override
    public Frame render(String mode) {
        RenderResponse r = stub.render(RenderRequest.newBuilder().setSessionId(sessionId).setMode(mode).build());
        if (r.hasImage()) {
            return new RgbFrame(r.getImage().getWidth(), r.getImage().getHeight(), r.getImage().getRgb().toByteArray());
        }
        return new TextFrame(r.getText());
    }

    /** Closes the server session; harmless if already closed here. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        stub.closeSession(CloseSessionRequest.newBuilder().setSessionId(sessionId).build());
    }
}
