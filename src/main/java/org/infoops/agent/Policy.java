package org.infoops.agent;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.EnvSpec;
import org.infoops.env.Value;

import java.util.Map;

/**
 * Chooses actions from observations, for one agent or several. A policy instance plays one episode
 * at a time; stochastic policies draw only from the generator {@link #reset} hands them, so an
 * experiment is reproducible from its seeds.
 */
public interface Policy {
    /** Called before each episode with the environment's spec and this episode's random generator. */
    default void reset(EnvSpec spec, UniformRandomProvider rng) {
    }

    /** An action for every agent in {@code observations} (the live agents), keyed by agent id. */
    Map<String, Value> act(Map<String, Value> observations);
}
