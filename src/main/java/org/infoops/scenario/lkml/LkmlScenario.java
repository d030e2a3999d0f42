package org.infoops.scenario.lkml;

import java.util.List;
import org.infoops.kernel.RandomStreams;
import org.infoops.learn.Method;
import org.infoops.model.lkml.LkmlParameters;
import org.infoops.model.lkml.truth.GroundTruthSettings;

/**
 * A loaded LKML scenario: how many seeds (runs), the root seed, where the real history comes from (a CSV log,
 * or the ground-truth generator with its settings), the world's parameters and the mixture grid.
 */
public record LkmlScenario(String name, String description, int runs, long seed, String realLog,
                           GroundTruthSettings groundTruth, LkmlParameters parameters, Mixtures mixtures, String source) {
    /** The grid's shares (both axes) and the learners trained on every mixture. */
    public record Mixtures(List<Double> shares, List<Method> methods) {}

    /** The seed of run r. */
    public long runSeed(int r) {
        return new RandomStreams(seed).derive("run", r);
    }

    public LkmlScenario withRuns(int n) {
        return new LkmlScenario(name, description, n, seed, realLog, groundTruth, parameters, mixtures, source);
    }

    public LkmlScenario withMixtures(Mixtures m) {
        return new LkmlScenario(name, description, runs, seed, realLog, groundTruth, parameters, m, source);
    }
}
