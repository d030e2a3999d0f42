package org.infoops.env.troll;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.InvalidValueException;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.Value;
import org.junit.jupiter.api.Test;

/** The troll environments in-process on troll/small with a short warm-up and episode. */
class TrollEnvironmentsTest {
    static final EnvironmentRegistry REGISTRY = new EnvironmentRegistry(List.of(InfluencerEnvironment.FACTORY, InfluencersEnvironment.FACTORY));

    static Environment make(String id, Map<String, Object> extra) {
        Map<String, Object> o = new HashMap<>(Map.of("scenario", "troll/small", "warmup_days", 14L, "episode_days", 5L));
        o.putAll(extra);
        return REGISTRY.make(id, Options.of(o));
    }

    static double episode(Environment env, long seed, long action) {
        env.reset(seed);
        double total = 0;
        StepResult r;
        do {
            r = env.step(Tensor.int64(new int[] {}, new long[] {action}));
            total += r.transition().reward();
        } while (!r.episodeOver());
        return total;
    }

    @Test
    void singleAgentEpisodesAreReproducibleAndPostponingCosts() {
        try (Environment env = make(InfluencerEnvironment.ID, Map.of("prediction", true))) {
            double a = episode(env, 3, 0), b = episode(env, 3, 0);
            assertEquals(a, b, "same seed, same actions, same return");
            assertTrue(a < 0, "influencers are attacked: " + a);
        }
        try (Environment cheap = make(InfluencerEnvironment.ID, Map.of("delay_cost", 0.0));
             Environment dear = make(InfluencerEnvironment.ID, Map.of("delay_cost", 1.0))) {
            double free = episode(cheap, 4, 7), costly = episode(dear, 4, 7);
            assertTrue(costly < free - 100, "a week's delay at 1 per hour must cost: " + free + " vs " + costly);
        }
    }

    @Test
    void badOptionsNameTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> make(InfluencerEnvironment.ID, Map.of("episode_days", 0L)));
        assertTrue(e.getMessage().contains("episode_days"), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> make(InfluencersEnvironment.ID, Map.of("federated_method", "magic")));
        assertTrue(e.getMessage().contains("federated_method") && e.getMessage().contains("logistic"), e.getMessage());
    }

    @Test
    void multiAgentRunsFederatedRounds() {
        try (Environment env = make(InfluencersEnvironment.ID, Map.of("round_days", 1.0))) {
            List<String> agents = env.spec().possibleAgents();
            assertEquals(20, agents.size());
            env.reset(5);
            StepResult r = null;
            int steps = 0;
            long lastRounds = 0;
            do {
                Map<String, Value> act = new LinkedHashMap<>();
                for (String a : env.agents()) act.put(a, Tensor.int64(new int[] {}, new long[] {0}));
                r = env.step(act);
                steps++;
                lastRounds = ((org.infoops.env.Tensor) r.transitions().values().iterator().next().info().get("rounds")).longAt(0);
            } while (!r.episodeOver());
            assertTrue(steps > 20, "steps " + steps);
            assertTrue(lastRounds >= 5, "a round a day over 5 days: " + lastRounds);
        }
    }

    @Test
    void federatedAveragingRoundsRunToo() {
        try (Environment env = make(InfluencersEnvironment.ID, Map.of("federated_method", "logistic", "episode_days", 2L, "round_days", 1.0))) {
            env.reset(2);
            StepResult r;
            do {
                Map<String, Value> act = new LinkedHashMap<>();
                for (String a : env.agents()) act.put(a, Tensor.int64(new int[] {}, new long[] {1}));
                r = env.step(act);
            } while (!r.episodeOver());
            assertTrue(((Tensor) r.transitions().values().iterator().next().info().get("rounds")).longAt(0) >= 2);
        }
    }
}
