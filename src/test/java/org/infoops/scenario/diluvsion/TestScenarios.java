package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioLoader;

/** Small scenarios for runner and output tests: the embedded small.yaml, shortened and renamed. */
final class TestScenarios {
    private TestScenarios() {}

    /** small.yaml with {@code runs} runs of {@code steps} steps, named {@code name}, compared with {@code baseline}. */
    static Scenario small(String name, String baseline, int runs, int steps) {
        Scenario s = new ScenarioOverrides(runs, steps, null).apply(new ScenarioLoader().load("diluvsion/small"));
        return new Scenario(name, s.model(), s.description(), baseline, s.runs(), s.steps(), s.seed(), s.setup(), s.source());
    }
}
