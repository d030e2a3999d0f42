package org.infoops.env.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.Value;
import org.junit.jupiter.api.Test;

/** diluvsion/bot-swarm-v0 in-process, on the small scenario (20 bots: 10 negative, 10 neutral). */
class BotSwarmEnvironmentTest {
    private static final EnvironmentRegistry REGISTRY = new EnvironmentRegistry(List.of(BotSwarmEnvironment.FACTORY));

    static Environment make(int decisionSteps) {
        return REGISTRY.make(BotSwarmEnvironment.ID, Options.of(Map.of(
                "scenario", "diluvsion/small", "graphs", 1, "decision_steps", decisionSteps)));
    }

    static Map<String, Value> all(Environment env, long action, long tactic) {
        Map<String, Value> actions = new HashMap<>();
        for (String a : env.agents()) actions.put(a, Tensor.int64(new int[] {2}, new long[] {action, tactic}));
        return actions;
    }

    @Test
    void agentsAreNamedByTheStanceTheyBackAndStableAcrossEpisodes() {
        try (Environment env = make(48)) {
            List<String> agents = env.spec().possibleAgents();
            assertEquals(20, agents.size());
            assertEquals("negative_0", agents.get(0));
            assertEquals("neutral_9", agents.get(19));
            env.reset(1);
            assertEquals(agents, env.agents());
        }
    }

    @Test
    void idleBotsDoNothingAndRepliersReachHumans() {
        try (Environment env = make(48)) {
            env.reset(5);
            env.step(all(env, 6, 0));
            StepResult idle = env.step(all(env, 6, 0));
            double[] engagementIdle = engagement(idle);
            env.reset(5);
            env.step(all(env, 3, 0));
            StepResult replying = env.step(all(env, 3, 0));
            assertTrue(sum(engagement(replying)) >= sum(engagementIdle), "replies draw at least as much engagement");
        }
    }

    @Test
    void eachBotIsRewardedForItsOwnStanceAndTheEpisodeEndsForAll() {
        try (Environment env = make(48)) {
            env.reset(2);
            StepResult r;
            int decisions = 0;
            do {
                r = env.step(all(env, 3, 0));
                decisions++;
                double neg = r.transitions().get("negative_0").reward();
                for (int k = 1; k < 10; k++) assertEquals(neg, r.transitions().get("negative_" + k).reward(), 1e-12);
            } while (!r.episodeOver());
            assertEquals(14, decisions);
            assertTrue(r.transitions().values().stream().allMatch(t -> t.terminated()));
            assertTrue(env.agents().isEmpty());
        }
    }

    private static double[] engagement(StepResult r) {
        double[] e = new double[r.transitions().size()];
        int i = 0;
        for (var t : r.transitions().values()) {
            var obs = (org.infoops.env.DictValue) t.observation();
            e[i++] = ((Tensor) obs.entries().get("engagement")).doubleAt(2);
        }
        return e;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }
}
