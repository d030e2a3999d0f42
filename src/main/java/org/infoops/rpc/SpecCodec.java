package org.infoops.rpc;

import org.infoops.env.Box;
import org.infoops.env.Component;
import org.infoops.env.DType;
import org.infoops.env.DictSpace;
import org.infoops.env.Discrete;
import org.infoops.env.EnvSpec;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.MultiBinary;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.RewardRange;
import org.infoops.env.Space;
import org.infoops.env.Tensor;
import org.infoops.rpc.proto.v1.SpaceProto;
import org.infoops.rpc.proto.v1.TensorProto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translates spaces, specs and environment infos between the {@code env} types and the wire (spaces.proto). */
final class SpecCodec {
    private SpecCodec() {}

    static TensorProto.DType encode(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> TensorProto.DType.DTYPE_FLOAT32;
            case FLOAT64 -> TensorProto.DType.DTYPE_FLOAT64;
            case INT8 -> TensorProto.DType.DTYPE_INT8;
            case INT32 -> TensorProto.DType.DTYPE_INT32;
            case INT64 -> TensorProto.DType.DTYPE_INT64;
            case UINT8 -> TensorProto.DType.DTYPE_UINT8;
            case BOOL -> TensorProto.DType.DTYPE_BOOL;
        };
    }

    static DType decode(TensorProto.DType dtype) {
        return switch (dtype) {
            case DTYPE_FLOAT32 -> DType.FLOAT32;
            case DTYPE_FLOAT64 -> DType.FLOAT64;
            case DTYPE_INT8 -> DType.INT8;
            case DTYPE_INT32 -> DType.INT32;
            case DTYPE_INT64 -> DType.INT64;
            case DTYPE_UINT8 -> DType.UINT8;
            case DTYPE_BOOL -> DType.BOOL;
            case DTYPE_UNSPECIFIED, UNRECOGNIZED -> throw new IllegalArgumentException("unknown dtype " + dtype);
        };
    }

    static SpaceProto.Space encode(Space space) {
        SpaceProto.Space.Builder b = SpaceProto.Space.newBuilder();
        if (space instanceof Discrete d) {
            b.setDiscrete(SpaceProto.DiscreteSpace.newBuilder().setN(d.n()).setStart(d.start()));
        } else if (space instanceof MultiDiscrete m) {
            SpaceProto.MultiDiscreteSpace.Builder mb = SpaceProto.MultiDiscreteSpace.newBuilder();
            for (long n : m.nvec()) mb.addNvec(n);
            for (long s : m.start()) mb.addStart(s);
            mb.addAllComponents(encode(m.components()));
            b.setMultiDiscrete(mb);
        } else if (space instanceof MultiBinary m) {
            SpaceProto.MultiBinarySpace.Builder mb = SpaceProto.MultiBinarySpace.newBuilder();
            for (int extent : m.shape()) mb.addShape(extent);
            mb.addAllComponents(encode(m.components()));
            b.setMultiBinary(mb);
        } else if (space instanceof Box box) {
            SpaceProto.BoxSpace.Builder bb = SpaceProto.BoxSpace.newBuilder().setDtype(encode(box.dtype()));
            for (int extent : box.shape()) bb.addShape(extent);
            bb.setLow(ValueCodec.encodeTensor(Tensor.fromDoubles(box.dtype(), box.shape(), box.low())));
            bb.setHigh(ValueCodec.encodeTensor(Tensor.fromDoubles(box.dtype(), box.shape(), box.high())));
            bb.addAllComponents(encode(box.components()));
            b.setBox(bb);
        } else {
            SpaceProto.DictSpace.Builder db = SpaceProto.DictSpace.newBuilder();
            for (Map.Entry<String, Space> e : ((DictSpace) space).spaces().entrySet()) {
                db.addEntries(SpaceProto.DictSpaceEntry.newBuilder().setKey(e.getKey()).setSpace(encode(e.getValue())));
            }
            b.setDict(db);
        }
        return b.build();
    }

    static Space decode(SpaceProto.Space proto) {
        return switch (proto.getKindCase()) {
            case DISCRETE -> new Discrete(proto.getDiscrete().getN(), proto.getDiscrete().getStart());
            case MULTI_DISCRETE -> {
                SpaceProto.MultiDiscreteSpace m = proto.getMultiDiscrete();
                long[] nvec = m.getNvecList().stream().mapToLong(Long::longValue).toArray();
                long[] start = m.getStartCount() == 0 ? new long[nvec.length]
                        : m.getStartList().stream().mapToLong(Long::longValue).toArray();
                yield new MultiDiscrete(nvec, start, decode(m.getComponentsList()));
            }
            case MULTI_BINARY -> new MultiBinary(toInts(proto.getMultiBinary().getShapeList()),
                    decode(proto.getMultiBinary().getComponentsList()));
            case BOX -> {
                SpaceProto.BoxSpace box = proto.getBox();
                int[] shape = toInts(box.getShapeList());
                yield new Box(shape, decode(box.getDtype()),
                        ValueCodec.decodeTensor(box.getLow(), "low").toDoubles(),
                        ValueCodec.decodeTensor(box.getHigh(), "high").toDoubles(),
                        decode(box.getComponentsList()));
            }
            case DICT -> {
                Map<String, Space> members = new LinkedHashMap<>();
                for (SpaceProto.DictSpaceEntry e : proto.getDict().getEntriesList()) members.put(e.getKey(), decode(e.getSpace()));
                yield new DictSpace(members);
            }
            case KIND_NOT_SET -> throw new IllegalArgumentException("space with no kind");
        };
    }

    private static List<SpaceProto.Component> encode(List<Component> components) {
        List<SpaceProto.Component> out = new ArrayList<>(components.size());
        for (Component c : components) {
            out.add(SpaceProto.Component.newBuilder().setName(c.name()).setMeaning(c.meaning())
                    .addAllChoices(c.choices()).build());
        }
        return out;
    }

    private static List<Component> decode(List<SpaceProto.Component> components) {
        List<Component> out = new ArrayList<>(components.size());
        for (SpaceProto.Component c : components) out.add(new Component(c.getName(), c.getMeaning(), c.getChoicesList()));
        return out;
    }

    private static int[] toInts(List<Long> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(values.get(i));
        return out;
    }

    static SpaceProto.OptionSpec encode(OptionSpec option) {
        return SpaceProto.OptionSpec.newBuilder()
                .setName(option.name())
                .setDescription(option.description())
                .setDefaultValue(StructCodec.toValue(option.defaultValue()))
                .build();
    }

    static OptionSpec decode(SpaceProto.OptionSpec proto) {
        return new OptionSpec(proto.getName(), proto.getDescription(), StructCodec.toNode(proto.getDefaultValue()));
    }

    static SpaceProto.EnvironmentInfo encode(EnvironmentInfo info) {
        SpaceProto.EnvironmentInfo.Builder b = SpaceProto.EnvironmentInfo.newBuilder()
                .setId(info.id()).setDescription(info.description()).setMultiAgent(info.multiAgent());
        for (OptionSpec o : info.options()) b.addOptions(encode(o));
        return b.build();
    }

    static EnvironmentInfo decode(SpaceProto.EnvironmentInfo proto) {
        List<OptionSpec> options = new ArrayList<>();
        for (SpaceProto.OptionSpec o : proto.getOptionsList()) options.add(decode(o));
        return new EnvironmentInfo(proto.getId(), proto.getDescription(), proto.getMultiAgent(), options);
    }

    static SpaceProto.EnvironmentSpec encode(EnvSpec spec) {
        SpaceProto.EnvironmentSpec.Builder b = SpaceProto.EnvironmentSpec.newBuilder()
                .setId(spec.id())
                .setDescription(spec.description())
                .setMultiAgent(spec.multiAgent())
                .setRewardRange(SpaceProto.RewardRange.newBuilder()
                        .setMin(spec.rewardRange().min()).setMax(spec.rewardRange().max()))
                .addAllRenderModes(spec.renderModes())
                .setRenderFps(spec.renderFps())
                .setMaxEpisodeSteps(spec.maxEpisodeSteps())
                .setOptions(StructCodec.toStruct(spec.options().tree()));
        for (String agent : spec.possibleAgents()) {
            b.addAgents(SpaceProto.AgentSpaces.newBuilder()
                    .setAgentId(agent)
                    .setObservationSpace(encode(spec.observationSpace(agent)))
                    .setActionSpace(encode(spec.actionSpace(agent))));
        }
        for (OptionSpec o : spec.resetOptions()) b.addResetOptions(encode(o));
        return b.build();
    }

    static EnvSpec decode(SpaceProto.EnvironmentSpec proto) {
        List<String> agents = new ArrayList<>();
        Map<String, Space> observations = new LinkedHashMap<>();
        Map<String, Space> actions = new LinkedHashMap<>();
        for (SpaceProto.AgentSpaces a : proto.getAgentsList()) {
            agents.add(a.getAgentId());
            observations.put(a.getAgentId(), decode(a.getObservationSpace()));
            actions.put(a.getAgentId(), decode(a.getActionSpace()));
        }
        List<OptionSpec> resetOptions = new ArrayList<>();
        for (SpaceProto.OptionSpec o : proto.getResetOptionsList()) resetOptions.add(decode(o));
        return new EnvSpec(proto.getId(), proto.getDescription(), proto.getMultiAgent(), agents, observations, actions,
                new RewardRange(proto.getRewardRange().getMin(), proto.getRewardRange().getMax()),
                proto.getRenderModesList(), proto.getRenderFps(), proto.getMaxEpisodeSteps(),
                Options.of(StructCodec.toTree(proto.getOptions())), resetOptions);
    }
}
