package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

/**
 * Command-line overrides of a scenario's run settings; a null field keeps the scenario's own value.
 * Checked like the file values, with the option name as the field path.
 */
public record DiluvsionOverrides(Integer runs, Integer steps, Long seed) {
    public static final DiluvsionOverrides NONE = new DiluvsionOverrides(null, null, null);

    public DiluvsionScenario apply(DiluvsionScenario scenario) {
        DiluvsionScenario s = scenario;
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
