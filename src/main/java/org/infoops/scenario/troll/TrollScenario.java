package org.infoops.scenario.troll;

import org.infoops.model.troll.TrollParameters;

/** A loaded troll-attack scenario: its name, description, number of runs (seeds), root seed and parameters. */
public record TrollScenario(String name, String description, int runs, long seed, TrollParameters parameters, String source) {
    /** The seed of run r (runs differ only by seed). */
    public long runSeed(int r) {
        return new org.infoops.kernel.RandomStreams(seed).derive("run", r);
    }

    public TrollScenario withParameters(TrollParameters p) {
        return new TrollScenario(name, description, runs, seed, p, source);
    }

    public TrollScenario withRuns(int n) {
        return new TrollScenario(name, description, n, seed, parameters, source);
    }
}
