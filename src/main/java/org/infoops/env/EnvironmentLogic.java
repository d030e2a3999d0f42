package org.infoops.env;

import java.util.Map;

/**
 * What a concrete environment implements: the dynamics of one instance. {@link CheckedEnvironment}
 * wraps it with everything the contract requires, so an implementation never re-checks:
 * <ul>
 *   <li>{@link #step} is only called after {@link #reset}, while the episode runs, with exactly one
 *       action per live agent, each already validated against the agent's action space;</li>
 *   <li>agents whose transition says terminated or truncated leave the live set and get no more
 *       actions; when none is left the episode has ended;</li>
 *   <li>the spec's step limit ({@link EnvSpec#maxEpisodeSteps()}) is enforced by truncation;</li>
 *   <li>{@link #render} is only called after a reset, with a mode the spec lists.</li>
 * </ul>
 * The wrapper checks the logic's results in turn (observations in their spaces, one transition per
 * acting agent, finite rewards in range) and reports a breach as an {@link EnvironmentFailure}.
 *
 * <p>Randomness comes only from {@link EpisodeStart#random()}, so a seed fixes the episode. An instance
 * is used by one thread at a time.
 */
public interface EnvironmentLogic extends AutoCloseable {
    /** The spec; constant for the life of the instance. */
    EnvSpec spec();

    /**
     * Checks a reset's options (merged with the spec's defaults) before anything changes: a reset that fails
     * here leaves the running episode as it was. Every check of a reset option belongs here, not in
     * {@link #reset}: an {@link InvalidValueException} from {@code reset} itself is treated as a defect.
     * The default accepts anything (for environments without reset options).
     */
    default void checkReset(Options options) {
    }

    /** Starts an episode in which every possible agent is live: an observation and info per agent. */
    ResetResult reset(EpisodeStart start);

    /** Advances the episode by one decision: a transition per agent in {@code actions} (spec order). */
    Map<String, Transition> step(Map<String, Value> actions);

    /** A frame of the current state: a {@link TextFrame} for "ansi", an {@link RgbFrame} for "rgb_array". */
    Frame render(String mode);

    /** Frees what the instance holds; the default holds nothing. */
    @Override
    default void close() {
    }
}
