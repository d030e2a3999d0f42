package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioLoader;

/** Small scenarios for runner and output tests: the embedded small.yaml, shortened and renamed. */
final class TestScenarios {
    private TestScenarios() {}

    /** small.yaml with {@code runs} runs of {@code steps} steps, named {@code name}, compared with {@code baseline}. */
    static DiluvsionScenario small(String name, String baseline, int runs, int steps) {
        DiluvsionScenario s = new DiluvsionOverrides(runs, steps, null).apply(new ScenarioLoader().load("diluvsion/small", DiluvsionScenario.class));
        return new DiluvsionScenario(name, s.model(), s.description(), baseline, s.runs(), s.steps(), s.seed(), s.setup(), s.source());
    }
}
