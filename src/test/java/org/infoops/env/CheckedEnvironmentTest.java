package org.infoops.env;

import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.env.diagnostic.CoordinationEnvironment;
import org.infoops.env.diagnostic.ReachEnvironment;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract every environment gets from {@link CheckedEnvironment}, exercised on the diagnostic environments. */
class CheckedEnvironmentTest {
    @Test
    void stepBeforeResetAndAfterTheEndAreEpisodeStateErrors() {
        try (Environment env = Environments.make(BanditEnvironment.ID, Map.of("episode_steps", 2, "max_misses", 5))) {
            EpisodeStateException before = assertThrows(EpisodeStateException.class, () -> env.step(Tensor.scalar(0L)));
            assertTrue(before.getMessage().contains("step before reset"), before.getMessage());
            env.reset(1);
            env.step(Tensor.scalar(0L));
            StepResult last = env.step(Tensor.scalar(0L));
            assertTrue(last.transition().truncated(), "the step limit truncates");
            assertTrue(last.episodeOver());
            EpisodeStateException after = assertThrows(EpisodeStateException.class, () -> env.step(Tensor.scalar(0L)));
            assertTrue(after.getMessage().contains("after the episode ended"), after.getMessage());
            env.reset();
            env.step(Tensor.scalar(0L));
        }
    }

    @Test
    void invalidActionsAreRejectedWithoutChangingTheEpisode() {
        try (Environment env = Environments.make(ReachEnvironment.ID)) {
            env.reset(3);
            InvalidValueException nan = assertThrows(InvalidValueException.class, () -> env.step(Tensor.ofFloats(Float.NaN, 0)));
            assertEquals("actions[\"agent\"][0]", nan.path());
            assertThrows(InvalidValueException.class, () -> env.step(Tensor.ofFloats(0, 2)));
            assertThrows(InvalidValueException.class, () -> env.step(Tensor.ofDoubles(0, 0)));
            assertThrows(InvalidValueException.class, () -> env.step(Map.of("agent", Tensor.ofFloats(0, 0), "ghost", Tensor.ofFloats(0, 0))));
            assertEquals(List.of("agent"), env.agents());
            env.step(Tensor.ofFloats(0.5f, -0.5f));
        }
    }

    @Test
    void multiAgentStepsNeedExactlyTheLiveAgentsAndDropTheDone() {
        try (Environment env = Environments.make(CoordinationEnvironment.ID, Map.of("agents", 2, "energy", 1.0, "episode_steps", 50))) {
            env.reset(5);
            InvalidValueException missing = assertThrows(InvalidValueException.class,
                    () -> env.step(Map.of("agent_0", Tensor.ofLongs(0, 0))));
            assertTrue(missing.getMessage().contains("missing; every live agent needs an action"), missing.getMessage());
            InvalidValueException unknown = assertThrows(InvalidValueException.class,
                    () -> env.step(Map.of("agent_0", Tensor.ofLongs(0, 0), "agent_1", Tensor.ofLongs(0, 0), "agent_9", Tensor.ofLongs(0, 0))));
            assertTrue(unknown.getMessage().contains("unknown agent id \"agent_9\""), unknown.getMessage());
            // agent_0 spends 1.25 energy (effort 2) and terminates; agent_1 rests (0.25 a step) and stays.
            StepResult r = env.step(Map.of("agent_0", Tensor.ofLongs(0, 2), "agent_1", Tensor.ofLongs(0, 0)));
            assertTrue(r.transitions().get("agent_0").terminated());
            assertEquals(List.of("agent_1"), r.liveAgents());
            InvalidValueException done = assertThrows(InvalidValueException.class,
                    () -> env.step(Map.of("agent_0", Tensor.ofLongs(0, 0), "agent_1", Tensor.ofLongs(0, 0))));
            assertTrue(done.getMessage().contains("is done in this episode"), done.getMessage());
            StepResult next = env.step(Map.of("agent_1", Tensor.ofLongs(1, 0)));
            assertEquals(List.of("agent_1"), List.copyOf(next.transitions().keySet()));
        }
    }

    @Test
    void sameSeedSameTrajectoryAndUnseededResetsContinueTheSequence() {
        List<Object> a = trajectory(OptionalLong.of(42));
        List<Object> b = trajectory(OptionalLong.of(42));
        List<Object> c = trajectory(OptionalLong.of(43));
        assertEquals(a, b);
        assertNotEquals(a, c);
        try (Environment env = Environments.make(BanditEnvironment.ID)) {
            Value first = env.reset(9).observation();
            Value second = env.reset().observation();
            assertNotEquals(first, second);
            assertEquals(first, env.reset(9).observation());
            assertEquals(second, env.reset().observation());
        }
    }

    private static List<Object> trajectory(OptionalLong seed) {
        List<Object> out = new java.util.ArrayList<>();
        try (Environment env = Environments.make(CoordinationEnvironment.ID)) {
            ResetResult start = env.reset(seed, Options.empty());
            out.add(start.observations());
            var rng = new org.infoops.kernel.RandomStreams(1).stream("actions");
            while (!env.agents().isEmpty()) {
                Map<String, Value> actions = new HashMap<>();
                for (String agent : env.agents()) actions.put(agent, env.spec().actionSpace(agent).sample(rng));
                StepResult r = env.step(actions);
                r.transitions().forEach((k, t) -> out.add(k + t.observation().brief() + t.reward() + t.terminated() + t.truncated()));
            }
        }
        return out;
    }

    @Test
    void resetOptionsAreCheckedAndApplied() {
        try (Environment env = Environments.make(BanditEnvironment.ID)) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> env.reset(OptionalLong.of(1), Options.of(Map.of("bogus", 1))));
            assertTrue(e.getMessage().startsWith("reset options.bogus: unknown option"), e.getMessage());
            Value observation = env.reset(OptionalLong.of(1), Options.of(Map.of("hint_reliability", 1.0))).observation();
            for (int i = 0; i < 20; i++) {
                float[] context = ((Tensor) ((DictValue) observation).get("context")).float32Data();
                int best = 0;
                for (int k = 1; k < context.length; k++) if (context[k] > context[best]) best = k;
                Transition t = env.step(Tensor.scalar((long) best)).transition();
                assertEquals(1.0, t.reward(), "reliability 1: the arm with the largest context value always pays");
                observation = t.observation();
            }
        }
    }

    @Test
    void renderNeedsAnEpisodeAndAKnownMode() {
        try (Environment env = Environments.make(CoordinationEnvironment.ID)) {
            assertThrows(EpisodeStateException.class, () -> env.render(Frame.ANSI));
            env.reset(1);
            assertTrue(((TextFrame) env.render(Frame.ANSI)).text().contains("agent_0"));
            RgbFrame image = (RgbFrame) env.render(Frame.RGB_ARRAY);
            assertEquals(image.width() * image.height() * 3, image.rgb().length);
            InvalidValueException bad = assertThrows(InvalidValueException.class, () -> env.render("human"));
            assertTrue(bad.getMessage().contains("\"human\" is not allowed; allowed: one of [ansi, rgb_array]"));
        }
    }

    @Test
    void closedEnvironmentsRefuseCallsAndCloseTwiceQuietly() {
        Environment env = Environments.make(BanditEnvironment.ID);
        env.close();
        env.close();
        assertThrows(EpisodeStateException.class, () -> env.reset(1));
    }
}
