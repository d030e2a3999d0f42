package org.infoops.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.infoops.env.Environments;
import org.infoops.env.Options;
import org.infoops.env.diluvsion.BotFleetEnvironment;
import org.junit.jupiter.api.Test;

/** The cross-entropy learner on bot-fleet (small scenario, shrink the majority) beats a random policy. */
class CrossEntropyLearnerTest {
    private static final Options SMALL = Options.of(Map.of("scenario", "diluvsion/small", "graphs", 2));

    @Test
    void aFewIterationsLearnATacticThatBeatsRandomOnHeldOutSeeds() throws InterruptedException {
        CrossEntropyLearner learner = new CrossEntropyLearner(Environments.registry(), BotFleetEnvironment.ID, SMALL,
                new CrossEntropyLearner.Settings(1, 4, 12, 0.25, 0.3, 2, 1_000_000L, 2));
        int[] iterations = {0};
        SchedulePolicy learned = learner.learn(3, it -> iterations[0]++);
        assertEquals(4, iterations[0]);
        assertEquals(672 / 48, learned.schedule().length);
        Map<String, Supplier<? extends Policy>> policies = new LinkedHashMap<>();
        policies.put("random", RandomPolicy::new);
        policies.put("learned", () -> new SchedulePolicy(learned.schedule()));
        ExperimentReport report = new PolicyExperiment(Environments.registry(),
                new PolicyExperiment.Settings(BotFleetEnvironment.ID, SMALL, 1, 8, 1000, 2)).run(policies);
        PolicyResult r = report.result("learned");
        assertTrue(r.mean() > report.result("random").mean(), report.format());
    }

    @Test
    void theConstantSchedulePlaysTheSameActionEveryDecision() {
        SchedulePolicy p = SchedulePolicy.constant(BotFleetEnvironment.paperTactic());
        assertEquals(1, p.schedule().length);
        assertEquals(2, p.schedule()[0][3]);
    }
}
