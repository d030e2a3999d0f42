package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioLoader;

import org.infoops.model.diluvsion.DiluvsionSetup;

import java.util.Objects;

/**
 * A loaded, validated Diluvsion scenario: what to simulate and how often ({@link DiluvsionBinder} binds it).
 *
 * @param name        directory-safe name; outputs go to {@code <out>/<name>/}
 * @param model       the model key, e.g. "diluvsion"
 * @param description free text
 * @param baseline    name of the scenario that Table 1 compares this one with (itself for a baseline)
 * @param runs        number of replicates (run indices 0..runs-1)
 * @param steps       steps per run; always equal to {@code setup.steps()}
 * @param seed        root seed of the run streams
 * @param setup       the model setup (parameters after merging, bots, graph)
 * @param source      where it was loaded from (a file path or {@code embedded:diluvsion/sim01}), for messages
 */
public record DiluvsionScenario(String name, String model, String description, String baseline, int runs, int steps,
                       long seed, DiluvsionSetup setup, String source) {
    public DiluvsionScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setup, "setup");
        if (steps != setup.steps()) {
            throw new IllegalArgumentException("steps " + steps + " differ from setup.steps " + setup.steps());
        }
    }

    public DiluvsionScenario withRuns(int newRuns) {
        return new DiluvsionScenario(name, model, description, baseline, newRuns, steps, seed, setup, source);
    }

    public DiluvsionScenario withSteps(int newSteps) {
        DiluvsionSetup s = new DiluvsionSetup(newSteps, setup.parameters(), setup.bots(), setup.graph());
        return new DiluvsionScenario(name, model, description, baseline, runs, newSteps, seed, s, source);
    }

    public DiluvsionScenario withSeed(long newSeed) {
        return new DiluvsionScenario(name, model, description, baseline, runs, steps, newSeed, setup, source);
    }
}
