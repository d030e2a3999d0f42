package org.infoops.env;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a step: a transition per agent that acted (spec order), and the agents still live
 * afterwards (empty once the episode has ended).
 */
public record StepResult(Map<String, Transition> transitions, List<String> liveAgents) {
    public StepResult {
        transitions = Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
        liveAgents = List.copyOf(liveAgents);
    }

    /** The transition of a single-agent environment. */
    public Transition transition() {
        if (transitions.size() != 1) throw new IllegalStateException("several agents: use transitions()");
        return transitions.values().iterator().next();
    }

    public boolean episodeOver() {
        return liveAgents.isEmpty();
    }

    /** Sum of the rewards of all agents that acted. */
    public double totalReward() {
        double sum = 0;
        for (Transition t : transitions.values()) sum += t.reward();
        return sum;
    }
}
