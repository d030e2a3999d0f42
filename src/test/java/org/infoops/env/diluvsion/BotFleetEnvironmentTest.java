package org.infoops.env.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.InvalidValueException;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.Options;
import org.infoops.env.RgbFrame;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.junit.jupiter.api.Test;

/** diluvsion/bot-fleet-v0 in-process, on the small scenario (200 agents, 14 one-day decisions). */
class BotFleetEnvironmentTest {
    private static final EnvironmentRegistry REGISTRY = new EnvironmentRegistry(List.of(BotFleetEnvironment.FACTORY));

    static Environment make(Map<String, ?> extra) {
        Map<String, Object> options = new java.util.HashMap<>(Map.of("scenario", "diluvsion/small", "graphs", 2));
        options.putAll(extra);
        return REGISTRY.make(BotFleetEnvironment.ID, Options.of(options));
    }

    /** The paper's Sim 1 fleet: every group all Repliers, high activity, vulnerable tactic, no pushed theme. */
    static Tensor paperTactic() {
        long[] a = new long[24];
        for (int g = 0; g < 3; g++) a[g * 8 + 3] = 2;
        return Tensor.int64(new int[] {24}, a);
    }

    /** A weak fleet: all Likers at low activity. */
    static Tensor weakTactic() {
        long[] a = new long[24];
        for (int g = 0; g < 3; g++) {
            a[g * 8 + 4] = 2;
            a[g * 8 + 5] = 2;
        }
        return Tensor.int64(new int[] {24}, a);
    }

    static List<Double> episode(Environment env, long seed, Tensor action) {
        env.reset(seed);
        List<Double> rewards = new ArrayList<>();
        StepResult r;
        do {
            r = env.step(action);
            rewards.add(r.transition().reward());
        } while (!r.episodeOver());
        return rewards;
    }

    @Test
    void episodeLastsTheScenarioInDecisionsAndEndsTerminated() {
        try (Environment env = make(Map.of())) {
            assertTrue(env.spec().actionSpace(BotFleetEnvironment.AGENT) instanceof MultiDiscrete);
            env.reset(7);
            int decisions = 0;
            Transition last;
            do {
                last = env.step(paperTactic()).transition();
                decisions++;
            } while (!last.done());
            assertEquals(672 / 48, decisions);
            assertTrue(last.terminated() && !last.truncated());
        }
    }

    @Test
    void returnIsTheChangeOfTheObjectiveFromStartToEnd() {
        try (Environment env = make(Map.of())) {
            var reset = env.reset(3);
            double start = ((Tensor) reset.infos().get(BotFleetEnvironment.AGENT).entries().get("score")).doubleValue();
            double sum = 0;
            StepResult r;
            do {
                r = env.step(paperTactic());
                sum += r.transition().reward();
            } while (!r.episodeOver());
            double end = ((Tensor) r.transition().info().entries().get("score")).doubleValue();
            assertEquals(100 * (end - start), sum, 1e-9);
        }
    }

    @Test
    void sameSeedSameTrajectoryOtherSeedAnother() {
        try (Environment a = make(Map.of()); Environment b = make(Map.of())) {
            assertEquals(episode(a, 11, paperTactic()), episode(b, 11, paperTactic()));
            assertNotEquals(episode(a, 11, paperTactic()), episode(a, 12, paperTactic()));
        }
    }

    @Test
    void thePapersRepliersShrinkTheMajorityMoreThanLowActivityLikers() {
        try (Environment env = make(Map.of())) {
            double strong = 0, weak = 0;
            for (long seed = 0; seed < 4; seed++) {
                strong += episode(env, seed, paperTactic()).stream().mapToDouble(Double::doubleValue).sum();
                weak += episode(env, seed, weakTactic()).stream().mapToDouble(Double::doubleValue).sum();
            }
            assertTrue(strong > weak + 10, "paper tactic " + strong / 4 + " vs weak " + weak / 4);
        }
    }

    @Test
    void rendersTextAndAnImage() {
        try (Environment env = make(Map.of())) {
            env.reset(1);
            env.step(paperTactic());
            assertTrue(((TextFrame) env.render("ansi")).text().contains("positive"));
            RgbFrame frame = (RgbFrame) env.render("rgb_array");
            assertEquals(frame.width() * frame.height() * 3, frame.rgb().length);
        }
    }

    @Test
    void badOptionsNameTheFieldAndTheAllowedValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> make(Map.of("objective", "win")));
        assertTrue(e.getMessage().contains("objective") && e.getMessage().contains("shrink_majority"), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> make(Map.of("scenario", "diluvsion/nope")));
        assertTrue(e.getMessage().contains("scenario") && e.getMessage().contains("nope"), e.getMessage());
    }
}
