package org.infoops.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a client needs to know about a made environment: its agents, what each observes and
 * may do, the reward range, render modes, the step limit and the options in force. The gRPC layer
 * sends exactly this when a session is created.
 *
 * @param id                same as {@link EnvironmentInfo#id()}
 * @param description       same as {@link EnvironmentInfo#description()}
 * @param multiAgent        false: exactly one agent; true: a PettingZoo parallel environment
 * @param possibleAgents    every agent that can take part, in a fixed order (PettingZoo's possible_agents)
 * @param observationSpaces each agent's observation space
 * @param actionSpaces      each agent's action space
 * @param rewardRange       bounds on each agent's per-step reward
 * @param renderModes       subset of {@value Frame#ANSI} and {@value Frame#RGB_ARRAY}
 * @param renderFps         frames per second at which frames are meant to be shown
 * @param maxEpisodeSteps   the environment truncates every live agent after this many steps; 0 = no limit
 * @param options           the creation options in force (defaults with overrides laid over them)
 * @param resetOptions      the options reset accepts, with defaults
 */
public record EnvSpec(String id, String description, boolean multiAgent, List<String> possibleAgents,
                      Map<String, Space> observationSpaces, Map<String, Space> actionSpaces,
                      RewardRange rewardRange, List<String> renderModes, int renderFps, long maxEpisodeSteps,
                      Options options, List<OptionSpec> resetOptions) {
    private static final Set<String> KNOWN_RENDER_MODES = Set.of(Frame.ANSI, Frame.RGB_ARRAY);

    public EnvSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        possibleAgents = List.copyOf(possibleAgents);
        if (possibleAgents.isEmpty()) throw new IllegalArgumentException(id + ": an environment needs at least one agent");
        if (new LinkedHashSet<>(possibleAgents).size() != possibleAgents.size()) {
            throw new IllegalArgumentException(id + ": agent ids repeat: " + possibleAgents);
        }
        if (!multiAgent && possibleAgents.size() != 1) {
            throw new IllegalArgumentException(id + ": a single-agent environment has exactly one agent, not " + possibleAgents);
        }
        observationSpaces = ordered(observationSpaces, possibleAgents, id, "observation");
        actionSpaces = ordered(actionSpaces, possibleAgents, id, "action");
        Objects.requireNonNull(rewardRange, "rewardRange");
        renderModes = List.copyOf(renderModes);
        for (String mode : renderModes) {
            if (!KNOWN_RENDER_MODES.contains(mode)) throw new IllegalArgumentException(id + ": unknown render mode " + mode);
        }
        if (renderFps < 0 || maxEpisodeSteps < 0) throw new IllegalArgumentException(id + ": negative render fps or step limit");
        Objects.requireNonNull(options, "options");
        resetOptions = List.copyOf(resetOptions);
    }

    private static Map<String, Space> ordered(Map<String, Space> spaces, List<String> agents, String id, String what) {
        if (!spaces.keySet().equals(new LinkedHashSet<>(agents))) {
            throw new IllegalArgumentException(id + ": " + what + " spaces are for " + spaces.keySet() + ", agents are " + agents);
        }
        Map<String, Space> out = new LinkedHashMap<>();
        for (String agent : agents) out.put(agent, Objects.requireNonNull(spaces.get(agent)));
        return Collections.unmodifiableMap(out);
    }

    /** A spec for an environment of {@code info}, made with {@code options}. */
    public static Builder builder(EnvironmentInfo info, Options options) {
        return new Builder(info, options);
    }

    public Space observationSpace(String agent) {
        return observationSpaces.get(agent);
    }

    public Space actionSpace(String agent) {
        return actionSpaces.get(agent);
    }

    /** The only agent of a single-agent environment. */
    public String soleAgent() {
        if (multiAgent) throw new IllegalStateException(id + " is multi-agent: name the agent");
        return possibleAgents.get(0);
    }

    /** Builds a spec agent by agent. */
    public static final class Builder {
        private final EnvironmentInfo info;
        private final Options options;
        private final List<String> agents = new ArrayList<>();
        private final Map<String, Space> observations = new LinkedHashMap<>();
        private final Map<String, Space> actions = new LinkedHashMap<>();
        private final List<OptionSpec> resetOptions = new ArrayList<>();
        private RewardRange rewardRange = RewardRange.UNBOUNDED;
        private List<String> renderModes = List.of();
        private int renderFps = 4;
        private long maxEpisodeSteps;

        private Builder(EnvironmentInfo info, Options options) {
            this.info = info;
            this.options = options;
        }

        public Builder agent(String id, Space observationSpace, Space actionSpace) {
            agents.add(id);
            observations.put(id, observationSpace);
            actions.put(id, actionSpace);
            return this;
        }

        public Builder rewardRange(double min, double max) {
            this.rewardRange = new RewardRange(min, max);
            return this;
        }

        public Builder renderModes(String... modes) {
            this.renderModes = List.of(modes);
            return this;
        }

        public Builder renderFps(int fps) {
            this.renderFps = fps;
            return this;
        }

        /** Every live agent is truncated after this many steps (enforced by {@link CheckedEnvironment}). */
        public Builder maxEpisodeSteps(long steps) {
            this.maxEpisodeSteps = steps;
            return this;
        }

        public Builder resetOption(OptionSpec option) {
            resetOptions.add(option);
            return this;
        }

        public EnvSpec build() {
            return new EnvSpec(info.id(), info.description(), info.multiAgent(), agents, observations, actions,
                    rewardRange, renderModes, renderFps, maxEpisodeSteps, options, resetOptions);
        }
    }
}
