package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionRun;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The sink of one scenario in a sweep: aggregates every run and, when an output root is given, streams the
 * scenario's files and moves them into place once the last run arrived.
 */
final class ScenarioRecorder implements RunSink<ScenarioResult> {
    private final Scenario scenario;
    private final Path outRoot;
    private final boolean allTweets;
    private final RunAggregator aggregator;
    private ScenarioWriter writer;

    /** @param outRoot where {@code <name>/} goes, or null to aggregate only */
    ScenarioRecorder(Scenario scenario, Path outRoot, boolean allTweets) {
        this.scenario = scenario;
        this.outRoot = outRoot;
        this.allTweets = allTweets;
        this.aggregator = new RunAggregator(scenario);
    }

    @Override
    public void accept(DiluvsionRun run, RunTiming timing) throws IOException {
        aggregator.add(run, timing);
        if (outRoot != null) {
            if (writer == null) writer = ScenarioWriter.open(outRoot, scenario, allTweets);
            writer.write(run);
        }
    }

    @Override
    public ScenarioResult complete() throws IOException {
        if (writer == null) return aggregator.result(null);
        ScenarioResult result = aggregator.result(writer.target());
        writer.finish(result);
        return result;
    }

    @Override
    public void abort() {
        if (writer != null) writer.abort();
    }
}
