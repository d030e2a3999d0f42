package org.infoops.env.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.InvalidValueException;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.junit.jupiter.api.Test;

/** cascade/moderator-v0 in-process on cascade/small (2,000 users). */
class ModeratorEnvironmentTest {
    private static final EnvironmentRegistry REGISTRY = new EnvironmentRegistry(List.of(ModeratorEnvironment.FACTORY));

    static Environment make(Map<String, ?> extra) {
        Map<String, Object> options = new HashMap<>(Map.of("scenario", "cascade/small", "base_trials", 50));
        options.putAll(extra);
        return REGISTRY.make(ModeratorEnvironment.ID, Options.of(options));
    }

    static Tensor action(int candidates, boolean blockAll, int community) {
        long[] a = new long[candidates + 1];
        for (int i = 0; i < candidates; i++) a[i] = blockAll ? 1 : 0;
        a[candidates] = community;
        return Tensor.int64(new int[] {candidates + 1}, a);
    }

    /** Total new infections and the sum of rewards of one episode. */
    static double[] episode(Environment env, long seed, Tensor action) {
        env.reset(seed);
        double ret = 0, infected = 0;
        StepResult r;
        do {
            r = env.step(action);
            ret += r.transition().reward();
            infected = ((Tensor) r.transition().info().get("infected")).doubleAt(0);
        } while (!r.episodeOver());
        return new double[] {infected, ret};
    }

    @Test
    void sameSeedSameEpisodeAndDoingNothingCostsOnlyInfections() {
        try (Environment env = make(Map.of())) {
            assertTrue(env.spec().actionSpace(ModeratorEnvironment.AGENT) instanceof MultiDiscrete);
            Tensor nothing = action(8, false, 0);
            double[] a = episode(env, 5, nothing), b = episode(env, 5, nothing);
            assertEquals(a[0], b[0]);
            assertEquals(a[1], b[1]);
            assertTrue(env.render("ansi") instanceof TextFrame);
        }
    }

    @Test
    void blockingTopCandidatesLowersInfectionsOnAverage() {
        double none = 0, block = 0;
        try (Environment env = make(Map.of("budget", 40.0))) {
            for (long seed = 0; seed < 30; seed++) {
                none += episode(env, seed, action(8, false, 0))[0];
                block += episode(env, seed, action(8, true, 0))[0];
            }
        }
        assertTrue(block < none, "blocking " + block + " vs nothing " + none);
    }

    @Test
    void staticRuleSpendsTheBudgetUpFrontAndBudgetCapsActions() {
        try (Environment env = make(Map.of("static_block", 10L, "budget", 4.0))) {
            var reset = env.reset(1);
            assertEquals(0.0, ((Tensor) reset.info().get("budget_left")).doubleAt(0), 1e-9);
            var r = env.step(action(8, true, 0));
            assertTrue(r.transition().reward() <= -4.0, "the static rule's 4 blocks are charged in the first reward");
        }
        assertThrows(InvalidValueException.class, () -> make(Map.of("scenario", "cascade/nope")));
        assertThrows(InvalidValueException.class, () -> make(Map.of("candidates", 0L)));
    }
}
