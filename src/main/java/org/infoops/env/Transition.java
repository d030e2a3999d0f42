package org.infoops.env;

import java.util.Objects;

/**
 * What one agent got from a step.
 *
 * @param observation its next observation
 * @param reward      its reward for this step
 * @param terminated  it reached a terminal state of the task
 * @param truncated   it was cut off by a limit outside the task; never together with terminated
 * @param info        diagnostic information
 */
public record Transition(Value observation, double reward, boolean terminated, boolean truncated, Info info) {
    public Transition {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(info, "info");
    }

    public boolean done() {
        return terminated || truncated;
    }

    /** The same transition, truncated (unless it terminated): used to enforce a step limit. */
    public Transition truncate() {
        return terminated || truncated ? this : new Transition(observation, reward, false, true, info);
    }
}
