package org.infoops.env.diagnostic;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.Box;
import org.infoops.env.Components;
import org.infoops.env.DType;
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
 * {@code diagnostic/reach-v0}: a small, fast, seeded single-agent environment with a continuous
 * action, shipped as a smoke test for clients and learners that emit Box actions (and on which the
 * project's tests check NaN and bound handling of float actions).
 *
 * <p>A point in the unit square must reach a goal. Observation: Box(float32, [4], 0..1) holding the
 * point's x, y and the goal's x, y. Action: Box(float32, [2], -1..1), a move scaled by {@code speed}
 * (the point stays in the square). Reward: the distance gained towards the goal this step. The
 * episode terminates when the point is within {@code tolerance} of the goal and is truncated after
 * {@code episode_steps} steps.
 */
public final class ReachEnvironment implements EnvironmentLogic {
    public static final String ID = "diagnostic/reach-v0";
    public static final String AGENT = "agent";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Diagnostic continuous control (single agent): move a point in the unit square to a goal with "
                    + "Box actions in [-1, 1]^2 scaled by speed; the reward is the distance gained. Terminates "
                    + "within tolerance of the goal, truncated after episode_steps steps. A seeded smoke-test environment.",
            false,
            List.of(
                    OptionSpec.of("speed", "Largest move per step along each axis (0.01 to 1).", 0.1),
                    OptionSpec.of("tolerance", "Distance to the goal that ends the episode (0.001 to 0.5).", 0.05),
                    OptionSpec.of("episode_steps", "Steps before the episode is truncated (1 to 100000).", 100L),
                    DelayOption.SPEC));

    private final EnvSpec spec;
    private final double speed;
    private final double tolerance;
    private final long delayMillis;
    private double x;
    private double y;
    private double goalX;
    private double goalY;
    private int step;

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, ReachEnvironment::new);

    private ReachEnvironment(Options options) {
        speed = options.doubleValue("speed", 0.01, 1);
        tolerance = options.doubleValue("tolerance", 0.001, 0.5);
        int episodeSteps = options.intValue("episode_steps", 1, 100_000);
        delayMillis = options.longValue(DelayOption.NAME, 0, 60_000);
        options.admit(DelayOption.footprint(delayMillis));
        double maxGain = speed * Math.sqrt(2);
        spec = EnvSpec.builder(INFO, options)
                .agent(AGENT,
                        Box.of(DType.FLOAT32, 0, 1, 4).named(Components.of(
                                "x", "the point's x in the unit square", "y", "the point's y in the unit square",
                                "goal_x", "the goal's x", "goal_y", "the goal's y")),
                        Box.of(DType.FLOAT32, -1, 1, 2).named(Components.of(
                                "dx", "move along x, scaled by speed", "dy", "move along y, scaled by speed")))
                .rewardRange(-maxGain, maxGain)
                .renderModes(Frame.ANSI, Frame.RGB_ARRAY)
                .maxEpisodeSteps(episodeSteps)
                .build();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        UniformRandomProvider rng = start.random().stream("reach");
        step = 0;
        x = rng.nextDouble();
        y = rng.nextDouble();
        do {
            goalX = rng.nextDouble();
            goalY = rng.nextDouble();
        } while (distance() <= tolerance);
        return ResetResult.single(AGENT, observation(), Info.builder().put("distance", distance()).build());
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        DelayOption.pause(delayMillis);
        Tensor move = (Tensor) actions.get(AGENT);
        double before = distance();
        x = clamp(x + speed * move.doubleAt(0));
        y = clamp(y + speed * move.doubleAt(1));
        step++;
        double after = distance();
        // Clamp against rounding: the gain of one move never exceeds its length.
        double maxGain = speed * Math.sqrt(2);
        double reward = Math.max(-maxGain, Math.min(maxGain, before - after));
        boolean reached = after <= tolerance;
        Info info = Info.builder().put("distance", after).put("step", (long) step).build();
        return Map.of(AGENT, new Transition(observation(), reward, reached, false, info));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private double distance() {
        return Math.hypot(goalX - x, goalY - y);
    }

    private Tensor observation() {
        return Tensor.ofFloats((float) x, (float) y, (float) goalX, (float) goalY);
    }

    @Override
    public Frame render(String mode) {
        if (mode.equals(Frame.ANSI)) {
            return new TextFrame(String.format(Locale.ROOT, "step %d  point (%.3f, %.3f)  goal (%.3f, %.3f)  distance %.3f%n",
                    step, x, y, goalX, goalY, distance()));
        }
        int size = 64;
        Raster r = new Raster(size, size, 0x202020);
        r.fill((int) (goalX * (size - 4)), (int) ((1 - goalY) * (size - 4)), 4, 4, 0x40C040);
        r.fill((int) (x * (size - 4)), (int) ((1 - y) * (size - 4)), 4, 4, 0xE0E0E0);
        return r.frame();
    }
}
