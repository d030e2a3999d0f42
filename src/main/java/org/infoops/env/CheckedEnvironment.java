package org.infoops.env;

import org.infoops.kernel.RandomStreams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * The one implementation of the {@link Environment} contract: wraps an {@link EnvironmentLogic} and
 * does everything every environment must do, so each concrete environment only writes its dynamics.
 * It validates input (agents and actions against the spec), keeps the episode's state (not started,
 * running, ended, closed) and the live agents, enforces the step limit, derives each episode's random
 * streams from the seed, and checks the logic's output.
 */
public final class CheckedEnvironment implements Environment {
    private enum Phase { NOT_STARTED, RUNNING, ENDED, FAILED, CLOSED }

    private final EnvironmentLogic logic;
    private final EnvSpec spec;
    private OptionalLong pendingSeed;
    private Phase phase = Phase.NOT_STARTED;
    private final List<String> live = new ArrayList<>();
    private RandomStreams seedRoot;
    private long seed;
    private long episode;
    private long steps;

    /**
     * @param firstSeed seed of the first reset if that reset gives none (a session's creation seed);
     *                  empty: such a reset draws its seed from entropy, as Gymnasium does
     */
    public CheckedEnvironment(EnvironmentLogic logic, OptionalLong firstSeed) {
        this.logic = logic;
        this.spec = logic.spec();
        this.pendingSeed = firstSeed;
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public List<String> agents() {
        return List.copyOf(live);
    }

    /** Steps taken in the current episode. */
    public long episodeSteps() {
        return steps;
    }

    @Override
    public ResetResult reset(OptionalLong requestedSeed, Options options) {
        requireOpen();
        // Everything about the request is checked before anything changes: a refused reset leaves the episode running.
        Options resetOptions = resetOptions(options);
        logic.checkReset(resetOptions);
        OptionalLong given = requestedSeed.isPresent() ? requestedSeed : pendingSeed;
        // Seed bookkeeping is committed only once the logic accepted the reset.
        long newSeed = seed;
        RandomStreams newRoot = seedRoot;
        long newEpisode = episode + 1;
        if (given.isPresent() || seedRoot == null) {
            newSeed = given.isPresent() ? given.getAsLong() : new SplittableRandom().nextLong();
            newRoot = new RandomStreams(newSeed);
            newEpisode = 0;
        }
        ResetResult result;
        try {
            result = logic.reset(new EpisodeStart(newRoot.child("episode", newEpisode), newSeed, newEpisode, resetOptions));
        } catch (RuntimeException e) {
            // The logic may have half-reset its world (an option it should have refused in checkReset counts
            // as a defect too): no episode can continue.
            phase = Phase.FAILED;
            live.clear();
            throw failure("reset", e);
        }
        seed = newSeed;
        seedRoot = newRoot;
        episode = newEpisode;
        pendingSeed = OptionalLong.empty();
        checkReset(result);
        live.clear();
        live.addAll(spec.possibleAgents());
        steps = 0;
        phase = Phase.RUNNING;
        return result;
    }

    private Options resetOptions(Options options) {
        Options named = options.named("reset options");
        named.requireOnly(spec.resetOptions().stream().map(OptionSpec::name).toList());
        return named.withDefaults(Options.defaults(spec.resetOptions(), "reset options"));
    }

    @Override
    public StepResult step(Map<String, Value> actions) {
        requireOpen();
        switch (phase) {
            case NOT_STARTED -> throw new EpisodeStateException("step before reset: " + spec.id()
                    + " has no episode running; call reset first");
            case ENDED -> throw new EpisodeStateException("step after the episode ended: every agent of " + spec.id()
                    + " has terminated or been truncated; call reset to start a new episode");
            case FAILED -> throw new EpisodeStateException("the episode of " + spec.id()
                    + " was abandoned after an internal error; call reset to start a new episode");
            default -> { }
        }
        Map<String, Value> ordered = validateActions(actions);
        Map<String, Transition> transitions;
        try {
            transitions = logic.step(ordered);
        } catch (InvalidValueException e) {
            throw e;
        } catch (RuntimeException e) {
            phase = Phase.FAILED;
            throw failure("step", e);
        }
        steps++;
        Map<String, Transition> out = checkStep(ordered, transitions);
        live.removeIf(agent -> out.get(agent).done());
        if (live.isEmpty()) phase = Phase.ENDED;
        return new StepResult(out, live);
    }

    /** The actions in live-agent order, or an {@link InvalidValueException} naming the offending agent or field. */
    private Map<String, Value> validateActions(Map<String, Value> actions) {
        for (String agent : actions.keySet()) {
            if (!live.contains(agent)) {
                String why = spec.possibleAgents().contains(agent)
                        ? "agent " + Quote.text(agent) + " is done in this episode (terminated or truncated)"
                        : "unknown agent id " + Quote.text(agent);
                throw new InvalidValueException("actions[\"" + agent + "\"]", why + "; allowed: the live agents " + live);
            }
        }
        Map<String, Value> ordered = new LinkedHashMap<>();
        for (String agent : live) {
            Value action = actions.get(agent);
            String path = "actions[\"" + agent + "\"]";
            if (action == null) {
                throw new InvalidValueException(path, "missing; every live agent needs an action; live agents: " + live);
            }
            spec.actionSpace(agent).validate(action, path);
            ordered.put(agent, action);
        }
        return ordered;
    }

    @Override
    public Frame render(String mode) {
        requireOpen();
        if (!spec.renderModes().contains(mode)) {
            throw InvalidValueException.notAllowed("mode", Quote.text(mode), "one of " + spec.renderModes());
        }
        if (phase == Phase.NOT_STARTED || phase == Phase.FAILED) {
            throw new EpisodeStateException("render before reset: " + spec.id() + " has no episode; call reset first");
        }
        Frame frame;
        try {
            frame = logic.render(mode);
        } catch (RuntimeException e) {
            throw failure("render", e);
        }
        boolean matches = mode.equals(Frame.ANSI) ? frame instanceof TextFrame : frame instanceof RgbFrame;
        if (!matches) throw new EnvironmentFailure(spec.id() + " rendered " + frame + " for mode " + mode);
        return frame;
    }

    @Override
    public void close() {
        if (phase == Phase.CLOSED) return;
        phase = Phase.CLOSED;
        live.clear();
        try {
            logic.close();
        } catch (Exception e) {
            throw new EnvironmentFailure(spec.id() + " failed to close: " + e, e);
        }
    }

    private void requireOpen() {
        if (phase == Phase.CLOSED) throw new EpisodeStateException(spec.id() + " is closed; make a new environment");
    }

    private EnvironmentFailure failure(String call, RuntimeException e) {
        if (e instanceof EnvironmentFailure f) return f;
        return new EnvironmentFailure("internal error in " + spec.id() + " during " + call + ": " + e
                + "; the episode is abandoned, call reset to start a new one", e);
    }

    private void checkReset(ResetResult result) {
        if (!result.observations().keySet().equals(new java.util.LinkedHashSet<>(spec.possibleAgents()))) {
            phase = Phase.FAILED;
            throw new EnvironmentFailure(spec.id() + " reset observed agents " + result.observations().keySet()
                    + ", but its agents are " + spec.possibleAgents());
        }
        for (String agent : spec.possibleAgents()) {
            checkObservation(agent, result.observations().get(agent));
            if (result.infos().get(agent) == null) {
                phase = Phase.FAILED;
                throw new EnvironmentFailure(spec.id() + " reset gave no info for agent " + agent);
            }
        }
    }

    private Map<String, Transition> checkStep(Map<String, Value> actions, Map<String, Transition> transitions) {
        if (!transitions.keySet().equals(actions.keySet())) {
            phase = Phase.FAILED;
            throw new EnvironmentFailure(spec.id() + " step returned transitions for " + transitions.keySet()
                    + ", but the acting agents were " + actions.keySet());
        }
        boolean limitReached = spec.maxEpisodeSteps() > 0 && steps >= spec.maxEpisodeSteps();
        Map<String, Transition> out = new LinkedHashMap<>();
        for (String agent : actions.keySet()) {
            Transition t = transitions.get(agent);
            checkObservation(agent, t.observation());
            if (!spec.rewardRange().contains(t.reward())) {
                phase = Phase.FAILED;
                throw new EnvironmentFailure(spec.id() + " gave agent " + agent + " reward " + t.reward()
                        + " outside its reward range " + spec.rewardRange());
            }
            if (t.terminated() && t.truncated()) {
                phase = Phase.FAILED;
                throw new EnvironmentFailure(spec.id() + " marked agent " + agent + " both terminated and truncated");
            }
            out.put(agent, limitReached ? t.truncate() : t);
        }
        return out;
    }

    private void checkObservation(String agent, Value observation) {
        Optional<Violation> v = observation == null
                ? Optional.of(new Violation("observation[\"" + agent + "\"]", "missing"))
                : spec.observationSpace(agent).violation(observation, "observation[\"" + agent + "\"]");
        if (v.isPresent()) {
            phase = Phase.FAILED;
            throw new EnvironmentFailure(spec.id() + " produced an observation outside its own space: " + v.get());
        }
    }
}
