package org.infoops.rpc;

import org.infoops.env.EnvSpec;
import org.infoops.env.Frame;
import org.infoops.env.InvalidValueException;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.RgbFrame;
import org.infoops.env.StepResult;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentAction;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentObservation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.AgentTransition;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CloseSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CloseSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationResult;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RgbImage;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepResponse;

import com.google.protobuf.ByteString;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The service's calls, translated: each decodes its request, runs it on the session (with the
 * session's lock held) and encodes the result. Unary calls, Batch and Stream all go through here.
 */
final class Operations {
    private final SessionManager sessions;

    Operations(SessionManager sessions) {
        this.sessions = sessions;
    }

    CreateSessionResponse create(CreateSessionRequest request, Object owner) {
        Options options = Options.of(StructCodec.toTree(request.getOptions()));
        OptionalLong seed = request.hasSeed() ? OptionalLong.of(request.getSeed()) : OptionalLong.empty();
        Session session = sessions.create(request.getEnvId(), options, seed, owner);
        EnvSpec spec = session.environment().spec();
        return CreateSessionResponse.newBuilder().setSessionId(session.id()).setSpec(SpecCodec.encode(spec)).build();
    }

    ResetResponse reset(ResetRequest request) {
        Options options = Options.of(StructCodec.toTree(request.getOptions()));
        OptionalLong seed = request.hasSeed() ? OptionalLong.of(request.getSeed()) : OptionalLong.empty();
        ResetResult result = sessions.use(request.getSessionId(), env -> env.reset(seed, options));
        ResetResponse.Builder b = ResetResponse.newBuilder();
        for (Map.Entry<String, Value> e : result.observations().entrySet()) {
            b.addAgents(AgentObservation.newBuilder()
                    .setAgentId(e.getKey())
                    .setObservation(ValueCodec.encode(e.getValue()))
                    .setInfo(ValueCodec.encodeInfo(result.infos().get(e.getKey()))));
        }
        return b.build();
    }

    StepResponse step(StepRequest request) {
        Session session = sessions.get(request.getSessionId());
        Map<String, Value> actions = decodeActions(request);
        StepResult result = session.use(env -> env.step(actions), System.nanoTime());
        StepResponse.Builder b = StepResponse.newBuilder();
        for (Map.Entry<String, Transition> e : result.transitions().entrySet()) {
            Transition t = e.getValue();
            b.addAgents(AgentTransition.newBuilder()
                    .setAgentId(e.getKey())
                    .setObservation(ValueCodec.encode(t.observation()))
                    .setReward(t.reward())
                    .setTerminated(t.terminated())
                    .setTruncated(t.truncated())
                    .setInfo(ValueCodec.encodeInfo(t.info())));
        }
        b.addAllLiveAgents(result.liveAgents());
        return b.build();
    }

    private static Map<String, Value> decodeActions(StepRequest request) {
        Map<String, Value> actions = new LinkedHashMap<>();
        for (int i = 0; i < request.getActionsCount(); i++) {
            AgentAction a = request.getActions(i);
            String path = "actions[\"" + a.getAgentId() + "\"]";
            if (actions.containsKey(a.getAgentId())) {
                throw new InvalidValueException("actions[" + i + "].agent_id", org.infoops.env.Quote.text(a.getAgentId())
                        + " already has an action in this request; allowed: one action per agent");
            }
            actions.put(a.getAgentId(), ValueCodec.decode(a.getAction(), path));
        }
        return actions;
    }

    RenderResponse render(RenderRequest request) {
        Frame frame = sessions.use(request.getSessionId(), env -> env.render(request.getMode()));
        if (frame instanceof TextFrame text) return RenderResponse.newBuilder().setText(text.text()).build();
        RgbFrame image = (RgbFrame) frame;
        return RenderResponse.newBuilder().setImage(RgbImage.newBuilder()
                .setWidth(image.width()).setHeight(image.height()).setRgb(ByteString.copyFrom(image.rgb()))).build();
    }

    CloseSessionResponse close(CloseSessionRequest request) {
        sessions.close(request.getSessionId());
        return CloseSessionResponse.getDefaultInstance();
    }

    /** Runs one operation of a Batch or Stream; failures become an error result, never an exception. */
    OperationResult execute(Operation op, Object owner) {
        OperationResult.Builder r = OperationResult.newBuilder();
        try {
            switch (op.getOpCase()) {
                case CREATE -> r.setCreated(create(op.getCreate(), owner));
                case RESET -> r.setReset(reset(op.getReset()));
                case STEP -> r.setStep(step(op.getStep()));
                case RENDER -> r.setRender(render(op.getRender()));
                case CLOSE -> r.setClosed(close(op.getClose()));
                case OP_NOT_SET -> throw new InvalidValueException("operation",
                        "no operation set; allowed: create, reset, step, render or close");
            }
        } catch (RuntimeException e) {
            r.setError(Errors.toError(e));
        }
        return r.build();
    }

    /** The session an operation of a batch names, or null for create and empty operations. */
    static String sessionOf(Operation op) {
        return switch (op.getOpCase()) {
            case RESET -> op.getReset().getSessionId();
            case STEP -> op.getStep().getSessionId();
            case RENDER -> op.getRender().getSessionId();
            case CLOSE -> op.getClose().getSessionId();
            case CREATE, OP_NOT_SET -> null;
        };
    }
}
