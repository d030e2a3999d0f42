package org.infoops.env.diagnostic;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.Box;
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
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code diagnostic/bandit-v0}: a small, fast, seeded single-agent environment that ships with the
 * product as a smoke test: a user can check an installation, a client or a training loop against it
 * in seconds, and the project's integration tests, checkers and benchmarks run on it.
 *
 * <p>A contextual bandit. Each step the agent sees a context vector of {@code arms} numbers in [0, 1]
 * and picks an arm. One arm pays 1: the arm with the largest context value with probability
 * {@code hint_reliability}, otherwise a uniformly drawn arm; all others pay 0. A miss (reward 0) adds
 * to the miss count; the episode terminates when misses reach {@code max_misses} and is truncated
 * after {@code episode_steps} steps. Following the context beats chance, so policies can be told apart.
 *
 * <p>Observation: Dict{context: Box(float32, [arms], 0..1), misses: Discrete(max_misses + 1),
 * steps_left: Box(int32, [1], 0..episode_steps), last_reward: Box(float64, [], 0..1)}. Action:
 * Discrete(arms). Render modes: ansi and rgb_array.
 */
public final class BanditEnvironment implements EnvironmentLogic {
    public static final String ID = "diagnostic/bandit-v0";
    public static final String AGENT = "agent";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Diagnostic contextual bandit (single agent): each step pick one of `arms` arms given a context "
                    + "vector; the arm with the largest context value pays 1 with probability hint_reliability. "
                    + "Terminates after max_misses misses, truncated after episode_steps steps. A seeded smoke-test "
                    + "environment for installations, clients and training loops.",
            false,
            List.of(
                    OptionSpec.of("arms", "Number of arms (2 to 32).", 4L),
                    OptionSpec.of("episode_steps", "Steps before the episode is truncated (1 to 100000).", 50L),
                    OptionSpec.of("max_misses", "Misses (reward 0) that terminate the episode (1 to 1000).", 5L),
                    OptionSpec.of("hint_reliability",
                            "Probability that the arm with the largest context value pays (0 to 1).", 0.8),
                    DelayOption.SPEC));

    private final EnvSpec spec;
    private final int arms;
    private final int episodeSteps;
    private final int maxMisses;
    private final long delayMillis;

    private UniformRandomProvider rng;
    private double reliability;
    private float[] context;
    private int paying;
    private int misses;
    private int step;
    private double lastReward;
    private int lastAction = -1;

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, BanditEnvironment::new);

    private BanditEnvironment(Options options) {
        arms = options.intValue("arms", 2, 32);
        episodeSteps = options.intValue("episode_steps", 1, 100_000);
        maxMisses = options.intValue("max_misses", 1, 1000);
        double defaultReliability = options.doubleValue("hint_reliability", 0, 1);
        delayMillis = options.longValue(DelayOption.NAME, 0, 60_000);
        options.admit(DelayOption.footprint(delayMillis));
        DictSpace observation = DictSpace.of(
                "context", Box.of(DType.FLOAT32, 0, 1, arms).named(Components.indexed("arm", arms,
                        a -> "context value of arm " + a + " (the largest usually marks the paying arm)")),
                "misses", new Discrete(maxMisses + 1),
                "steps_left", Box.of(DType.INT32, 0, episodeSteps, 1).named(Components.of("steps_left", "steps before truncation")),
                "last_reward", Box.of(DType.FLOAT64, 0, 1).named(Components.of("last_reward", "the previous step's reward")));
        spec = EnvSpec.builder(INFO, options)
                .agent(AGENT, observation, new Discrete(arms))
                .rewardRange(0, 1)
                .renderModes(Frame.ANSI, Frame.RGB_ARRAY)
                .maxEpisodeSteps(episodeSteps)
                .resetOption(OptionSpec.of("hint_reliability",
                        "This episode's probability that the arm with the largest context value pays (0 to 1).",
                        defaultReliability))
                .build();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public void checkReset(Options options) {
        options.doubleValue("hint_reliability", 0, 1);
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        reliability = start.options().doubleValue("hint_reliability", 0, 1);
        rng = start.random().stream("bandit");
        misses = 0;
        step = 0;
        lastReward = 0;
        lastAction = -1;
        draw();
        return ResetResult.single(AGENT, observation(), Info.builder().put("step", 0L).put("misses", 0L).build());
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        DelayOption.pause(delayMillis);
        int arm = (int) ((Tensor) actions.get(AGENT)).longValue();
        lastAction = arm;
        lastReward = arm == paying ? 1 : 0;
        if (lastReward == 0) misses++;
        step++;
        boolean terminated = misses >= maxMisses;
        Info info = info();
        draw();
        return Map.of(AGENT, new Transition(observation(), lastReward, terminated, false, info));
    }

    /** The next context and the arm that pays for it. */
    private void draw() {
        context = new float[arms];
        int best = 0;
        for (int i = 0; i < arms; i++) {
            context[i] = (float) rng.nextDouble();
            if (context[i] > context[best]) best = i;
        }
        paying = rng.nextDouble() < reliability ? best : rng.nextInt(arms);
    }

    private DictValue observation() {
        return DictValue.of(
                "context", Tensor.ofFloats(context.clone()),
                "misses", Tensor.scalar((long) Math.min(misses, maxMisses)),
                "steps_left", Tensor.int32(new int[] {1}, new int[] {Math.max(episodeSteps - step, 0)}),
                "last_reward", Tensor.scalar(lastReward));
    }

    /** After a step: which arm paid for the context the agent just answered. */
    private Info info() {
        return Info.builder().put("step", (long) step).put("misses", (long) misses).put("paying_arm", (long) paying).build();
    }

    @Override
    public Frame render(String mode) {
        if (mode.equals(Frame.ANSI)) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "step %d/%d  misses %d/%d  last: %s%n", step, episodeSteps, misses,
                    maxMisses, lastAction < 0 ? "-" : "arm " + lastAction + " -> " + (int) lastReward));
            for (int i = 0; i < arms; i++) {
                int bar = Math.round(context[i] * 20);
                b.append(String.format(Locale.ROOT, "arm %2d %-20s %.2f%n", i, "#".repeat(bar), context[i]));
            }
            return new TextFrame(b.toString());
        }
        int cell = 16;
        Raster r = new Raster(arms * cell, 64, 0x202020);
        for (int i = 0; i < arms; i++) {
            int h = Math.round(context[i] * 56);
            int colour = i == lastAction ? (lastReward > 0 ? 0x40C040 : 0xC04040) : 0x6080C0;
            r.fill(i * cell + 2, 60 - h, cell - 4, h, colour);
        }
        return r.frame();
    }
}
