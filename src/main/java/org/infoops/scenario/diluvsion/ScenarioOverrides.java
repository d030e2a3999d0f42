package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

/**
 * Command-line overrides of a scenario's run settings; a null field keeps the scenario's own value.
 * Checked like the file values, with the option name as the field path.
 */
public record ScenarioOverrides(Integer runs, Integer steps, Long seed) {
    public static final ScenarioOverrides NONE = new ScenarioOverrides(null, null, null);

    public Scenario apply(Scenario scenario) {
        Scenario s = scenario;
        if (runs != null) {
            if (runs < 1) throw new ScenarioException(null, "--runs", runs + " is out of range; allowed: 1 or more");
            s = s.withRuns(runs);
        }
        if (steps != null) {
            if (steps < 1) throw new ScenarioException(null, "--steps", steps + " is out of range; allowed: 1 or more");
            s = s.withSteps(steps);
        }
        if (seed != null) s = s.withSeed(seed);
        return s;
    }
}
