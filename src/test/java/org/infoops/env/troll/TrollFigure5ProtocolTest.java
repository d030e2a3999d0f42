package org.infoops.env.troll;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoops.env.Environment;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.Value;
import org.infoops.learn.Method;
import org.infoops.model.troll.AttackExperiment;
import org.infoops.scenario.troll.TrollScenario;
import org.infoops.scenario.troll.TrollBinder;
import org.junit.jupiter.api.Test;

/**
 * protocol=figure5: a reset with seed r is the Figure 5 sweep's run r (same world, same evaluation months), and
 * the episode's attack count is the sweep's: never postponing gives exactly the sweep's "none" attacks.
 */
class TrollFigure5ProtocolTest {
    static long attacks(StepResult r) {
        return ((Tensor) r.transitions().values().iterator().next().info().get("attacks_in_episode")).longAt(0);
    }

    @Test
    void postNowEpisodesCountTheSweepsNoReschedulingAttacks() {
        TrollScenario s = new ScenarioLoader().load("troll/small", TrollScenario.class);
        int sweepNone = new AttackExperiment(s.parameters(), Method.BOOSTED_TREES, AttackExperiment.Training.CENTRALISED)
                .run(s.runSeed(1), List.of()).get(0).attacks();
        Map<String, Object> o = Map.of("scenario", "troll/small", "protocol", "figure5");
        try (Environment env = TrollEnvironmentsTest.REGISTRY.make(InfluencerEnvironment.ID, Options.of(o))) {
            env.reset(1);
            StepResult r;
            int steps = 0;
            do {
                r = env.step(Tensor.int64(new int[] {}, new long[] {0}));
                steps++;
            } while (!r.episodeOver());
            assertEquals(sweepNone, attacks(r), "single agent, post now, run 1");
            assertTrue(((Tensor) r.transition().info().get("minute")).longAt(0) > s.parameters().world().endMinutes() - 1440,
                    "the episode runs to the end of the world");
            assertTrue(steps > 100, "an episode is the 3 evaluation months: " + steps + " decisions");
        }
        Map<String, Object> multi = Map.of("scenario", "troll/small", "protocol", "figure5",
                "federated_method", "logistic", "round_days", 30.0);
        try (Environment env = TrollEnvironmentsTest.REGISTRY.make(InfluencersEnvironment.ID, Options.of(multi))) {
            env.reset(1);
            StepResult r;
            do {
                Map<String, Value> act = new LinkedHashMap<>();
                for (String a : env.agents()) act.put(a, Tensor.int64(new int[] {}, new long[] {0}));
                r = env.step(act);
            } while (!r.episodeOver());
            assertEquals(sweepNone, attacks(r), "multi-agent, post now, run 1");
        }
    }
}
