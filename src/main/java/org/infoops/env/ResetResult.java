package org.infoops.env;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The first observation and info of every agent of a new episode, in the spec's agent order. */
public record ResetResult(Map<String, Value> observations, Map<String, Info> infos) {
    public ResetResult {
        observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
        infos = Collections.unmodifiableMap(new LinkedHashMap<>(infos));
    }

    /** For a single agent. */
    public static ResetResult single(String agent, Value observation, Info info) {
        return new ResetResult(Map.of(agent, observation), Map.of(agent, info));
    }

    /** The observation of a single-agent environment. */
    public Value observation() {
        if (observations.size() != 1) throw new IllegalStateException("several agents: use observations()");
        return observations.values().iterator().next();
    }

    /** The info of a single-agent environment. */
    public Info info() {
        if (infos.size() != 1) throw new IllegalStateException("several agents: use infos()");
        return infos.values().iterator().next();
    }
}
