package org.infoops.agent;

import org.infoops.env.BuiltinEnvironments;
import org.infoops.env.DictValue;
import org.infoops.env.Options;
import org.infoops.env.Tensor;
import org.infoops.env.Value;
import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.env.diagnostic.CoordinationEnvironment;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyExperimentTest {
    /** Picks the arm with the largest context value: right with probability hint_reliability. */
    static final class FollowContext implements Policy {
        @Override
        public Map<String, Value> act(Map<String, Value> observations) {
            Map<String, Value> actions = new LinkedHashMap<>();
            observations.forEach((agent, obs) -> {
                float[] context = ((Tensor) ((DictValue) obs).get("context")).float32Data();
                int best = 0;
                for (int i = 1; i < context.length; i++) if (context[i] > context[best]) best = i;
                actions.put(agent, Tensor.scalar((long) best));
            });
            return actions;
        }
    }

    private static Map<String, Supplier<? extends Policy>> policies() {
        Map<String, Supplier<? extends Policy>> p = new LinkedHashMap<>();
        p.put("random", RandomPolicy::new);
        p.put("follow-context", FollowContext::new);
        return p;
    }

    @Test
    void tellsABetterPolicyFromRandomWithConfidenceIntervals() {
        PolicyExperiment.Settings settings = new PolicyExperiment.Settings(BanditEnvironment.ID, Options.empty(), 1, 60, 10_000, 2);
        ExperimentReport report = new PolicyExperiment(BuiltinEnvironments.registry(), settings).run(policies());
        PolicyResult random = report.result("random");
        PolicyResult follow = report.result("follow-context");
        assertTrue(random.ciLow() <= random.mean() && random.mean() <= random.ciHigh());
        assertTrue(follow.mean() > random.mean());
        assertTrue(follow.differsFromBaseline(), report.format());
        assertEquals(0, random.diffMean(), 0);
        String table = report.format();
        assertTrue(table.contains("95% CI") && table.contains("follow-context"), table);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        PolicyExperiment.Settings one = new PolicyExperiment.Settings(CoordinationEnvironment.ID, Options.empty(), 5, 12, 10_000, 1);
        PolicyExperiment.Settings two = new PolicyExperiment.Settings(CoordinationEnvironment.ID, Options.empty(), 5, 12, 10_000, 2);
        Map<String, Supplier<? extends Policy>> p = Map.of("random", RandomPolicy::new);
        double[] a = new PolicyExperiment(BuiltinEnvironments.registry(), one).run(p).result("random").returns();
        double[] b = new PolicyExperiment(BuiltinEnvironments.registry(), two).run(p).result("random").returns();
        assertArrayEquals(a, b);
    }
}
