package org.infoops.env.diagnostic;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.Box;
import org.infoops.env.Component;
import org.infoops.env.Components;
import org.infoops.env.DType;
import org.infoops.env.DictSpace;
import org.infoops.env.DictValue;
import org.infoops.env.Discrete;
import org.infoops.env.EnvSpec;
import org.infoops.env.EnvironmentFactory;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.EnvironmentLogic;
import org.infoops.env.EpisodeStart;
import org.infoops.env.Frame;
import org.infoops.env.Info;
import org.infoops.env.MultiBinary;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code diagnostic/coordination-v0}: a small, fast, seeded multi-agent (parallel) environment that
 * ships with the product as a smoke test for multi-agent clients (PettingZoo), and on which the
 * project's multi-agent integration tests, checkers and benchmarks run.
 *
 * <p>Each step one of {@code channels} channels is the target. Every agent sees a noisy signal (the
 * target's bit is always set, every other bit with probability {@code signal_noise}), its energy and
 * the step, and chooses a channel and an effort (0, 1 or 2). An agent on the target channel earns
 * (1 + effort) / 3, and every acting agent earns 0.5 more when all of them chose the same channel.
 * Each step costs 0.25 + 0.5 * effort energy; an agent whose energy runs out terminates (and leaves
 * the agents list) while the others go on; the survivors are truncated after {@code episode_steps}.
 *
 * <p>Observation per agent: Dict{signal: MultiBinary(channels), energy: Box(float64, [1], 0..energy),
 * step: Discrete(episode_steps + 1)}. Action: MultiDiscrete([channels, 3]). Render: ansi, rgb_array.
 */
public final class CoordinationEnvironment implements EnvironmentLogic {
    public static final String ID = "diagnostic/coordination-v0";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Diagnostic coordination game (multi-agent, parallel): every agent picks a channel and an effort "
                    + "given a noisy signal of the target channel; agents on the target earn (1 + effort) / 3 "
                    + "and all earn 0.5 more when they agree. Effort costs energy; agents terminate when it runs "
                    + "out, survivors are truncated after episode_steps. A seeded smoke-test environment.",
            true,
            List.of(
                    OptionSpec.of("agents", "Number of agents (2 to 16).", 3L),
                    OptionSpec.of("channels", "Number of channels (2 to 16).", 4L),
                    OptionSpec.of("episode_steps", "Steps before survivors are truncated (1 to 100000).", 30L),
                    OptionSpec.of("energy", "Starting energy of each agent (1 to 1000).", 10.0),
                    OptionSpec.of("signal_noise", "Probability that a non-target bit of a signal is set (0 to 0.5).", 0.2),
                    DelayOption.SPEC));

    private static final double BASE_COST = 0.25;
    private static final double EFFORT_COST = 0.5;
    private static final double AGREEMENT_BONUS = 0.5;

    private final EnvSpec spec;
    private final List<String> agents;
    private final int channels;
    private final int episodeSteps;
    private final double startEnergy;
    private final double noise;
    private final long delayMillis;

    private UniformRandomProvider rng;
    private final Map<String, Double> energy = new LinkedHashMap<>();
    private final Map<String, long[]> lastActions = new LinkedHashMap<>();
    private int target;
    private int step;

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, CoordinationEnvironment::new);

    private CoordinationEnvironment(Options options) {
        int n = options.intValue("agents", 2, 16);
        channels = options.intValue("channels", 2, 16);
        episodeSteps = options.intValue("episode_steps", 1, 100_000);
        startEnergy = options.doubleValue("energy", 1, 1000);
        noise = options.doubleValue("signal_noise", 0, 0.5);
        delayMillis = options.longValue(DelayOption.NAME, 0, 60_000);
        options.admit(DelayOption.footprint(delayMillis));
        List<String> ids = new ArrayList<>();
        EnvSpec.Builder b = EnvSpec.builder(INFO, options)
                .rewardRange(0, 1 + AGREEMENT_BONUS)
                .renderModes(Frame.ANSI, Frame.RGB_ARRAY)
                .maxEpisodeSteps(episodeSteps);
        for (int i = 0; i < n; i++) {
            String id = "agent_" + i;
            ids.add(id);
            b.agent(id, DictSpace.of(
                            "signal", MultiBinary.of(channels).named(Components.indexed("channel", channels,
                                    c -> "1 if channel " + c + " may be the target (the target's bit is always set)")),
                            "energy", Box.of(DType.FLOAT64, 0, startEnergy, 1).named(Components.of("energy", "the agent's energy left")),
                            "step", new Discrete(episodeSteps + 1)),
                    MultiDiscrete.of(channels, 3).named(List.of(
                            Component.of("channel", "the channel the agent picks"),
                            Component.of("effort", "effort 0 to 2: earns (1 + effort) / 3 on the target, costs 0.25 + 0.5 x effort energy"))));
        }
        agents = List.copyOf(ids);
        spec = b.build();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        rng = start.random().stream("coordination");
        step = 0;
        energy.clear();
        lastActions.clear();
        for (String a : agents) energy.put(a, startEnergy);
        target = rng.nextInt(channels);
        Map<String, Value> observations = new LinkedHashMap<>();
        Map<String, Info> infos = new LinkedHashMap<>();
        for (String a : agents) {
            observations.put(a, observation(a));
            infos.put(a, Info.builder().put("energy", startEnergy).build());
        }
        return new ResetResult(observations, infos);
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        DelayOption.pause(delayMillis);
        step++;
        long firstChannel = -1;
        boolean agree = true;
        for (Value v : actions.values()) {
            long channel = ((Tensor) v).longAt(0);
            if (firstChannel < 0) firstChannel = channel;
            agree &= channel == firstChannel;
        }
        int paidTarget = target;
        lastActions.clear();
        Map<String, Double> rewards = new LinkedHashMap<>();
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : actions.entrySet()) {
            Tensor action = (Tensor) e.getValue();
            long channel = action.longAt(0);
            long effort = action.longAt(1);
            lastActions.put(e.getKey(), new long[] {channel, effort});
            double reward = (channel == paidTarget ? (1 + effort) / 3.0 : 0) + (agree && actions.size() > 1 ? AGREEMENT_BONUS : 0);
            double left = Math.max(0, energy.get(e.getKey()) - BASE_COST - EFFORT_COST * effort);
            energy.put(e.getKey(), left);
            rewards.put(e.getKey(), reward);
            out.put(e.getKey(), left <= 0);
        }
        target = rng.nextInt(channels);
        Map<String, Transition> transitions = new LinkedHashMap<>();
        for (String a : actions.keySet()) {
            Info info = Info.builder().put("target", (long) paidTarget).put("energy", energy.get(a)).put("agreed", agree).build();
            transitions.put(a, new Transition(observation(a), rewards.get(a), out.get(a), false, info));
        }
        return transitions;
    }

    private DictValue observation(String agent) {
        byte[] signal = new byte[channels];
        for (int c = 0; c < channels; c++) {
            signal[c] = (byte) (c == target || rng.nextDouble() < noise ? 1 : 0);
        }
        return DictValue.of(
                "signal", Tensor.int8(new int[] {channels}, signal),
                "energy", Tensor.ofDoubles(energy.get(agent)),
                "step", Tensor.scalar((long) Math.min(step, episodeSteps)));
    }

    @Override
    public Frame render(String mode) {
        if (mode.equals(Frame.ANSI)) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "step %d/%d  next target: channel %d%n",
                    step, episodeSteps, target));
            for (String a : agents) {
                long[] last = lastActions.get(a);
                b.append(String.format(Locale.ROOT, "%-9s energy %6.2f  last: %s%n", a, energy.get(a),
                        last == null ? "-" : "channel " + last[0] + ", effort " + last[1]));
            }
            return new TextFrame(b.toString());
        }
        int cell = 12;
        Raster r = new Raster(channels * cell, (agents.size() + 1) * cell, 0x202020);
        r.fill(target * cell + 1, 1, cell - 2, cell - 2, 0xE0C040);
        for (int i = 0; i < agents.size(); i++) {
            long[] last = lastActions.get(agents.get(i));
            boolean alive = energy.get(agents.get(i)) > 0;
            if (last != null) {
                int colour = alive ? 0x40A0E0 - (int) last[1] * 0x101000 : 0x606060;
                r.fill((int) last[0] * cell + 1, (i + 1) * cell + 1, cell - 2, cell - 2, colour);
            }
        }
        return r.frame();
    }
}
