package org.infoops.agent;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.EnvSpec;
import org.infoops.env.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/** Uniformly random actions from each agent's action space: the baseline every policy should beat. */
public final class RandomPolicy implements Policy {
    private EnvSpec spec;
    private UniformRandomProvider rng;

    @Override
    public void reset(EnvSpec spec, UniformRandomProvider rng) {
        this.spec = spec;
        this.rng = rng;
    }

    @Override
    public Map<String, Value> act(Map<String, Value> observations) {
        Map<String, Value> actions = new LinkedHashMap<>();
        for (String agent : observations.keySet()) actions.put(agent, spec.actionSpace(agent).sample(rng));
        return actions;
    }
}
