package org.infoops.env;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An environment instance, single- or multi-agent, with Gymnasium / PettingZoo-parallel semantics.
 * The same implementation serves Java callers in-process ({@link Environments#make}) and gRPC clients.
 *
 * <ul>
 *   <li>{@link #reset} starts an episode; it is required before the first {@link #step} and after an
 *       episode has ended.</li>
 *   <li>{@link #step} takes exactly one action per live agent ({@link #agents()}); agents that
 *       terminate or are truncated leave the live set. Stepping when no agent is live is an
 *       {@link EpisodeStateException}.</li>
 *   <li>A single-agent environment has exactly one agent id; {@link #step(Value)} and
 *       {@link ResetResult#observation()} spare naming it.</li>
 *   <li>Bad input fails with {@link InvalidValueException} and leaves the state unchanged.</li>
 * </ul>
 * Not thread-safe: one caller at a time.
 */
public interface Environment extends AutoCloseable {
    EnvSpec spec();

    /** The live agents of the current episode, in spec order; empty before the first reset and after the end. */
    List<String> agents();

    /**
     * Starts an episode. With a seed, the environment is reseeded (same seed and options, same episode);
     * without one, the next episode of the current seed's sequence is played (the first reset without any
     * seed draws one from entropy).
     */
    ResetResult reset(OptionalLong seed, Options options);

    default ResetResult reset(long seed) {
        return reset(OptionalLong.of(seed), Options.empty());
    }

    default ResetResult reset() {
        return reset(OptionalLong.empty(), Options.empty());
    }

    /** One decision: an action for every live agent. */
    StepResult step(Map<String, Value> actions);

    /** One decision of a single-agent environment. */
    default StepResult step(Value action) {
        return step(Map.of(spec().soleAgent(), action));
    }

    /** A frame of the current state in one of the spec's render modes. */
    Frame render(String mode);

    /** Frees the instance; further calls fail. Closing twice is harmless. */
    @Override
    void close();
}
