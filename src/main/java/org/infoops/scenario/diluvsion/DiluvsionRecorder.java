package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionRun;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The sink of one scenario in a sweep: aggregates every run and, when an output root is given, streams the
 * scenario's files and moves them into place once the last run arrived.
 */
final class DiluvsionRecorder implements RunSink<DiluvsionResult> {
    private final DiluvsionScenario scenario;
    private final Path outRoot;
    private final boolean allTweets;
    private final RunAggregator aggregator;
    private DiluvsionWriter writer;

    /** @param outRoot where {@code <name>/} goes, or null to aggregate only */
    DiluvsionRecorder(DiluvsionScenario scenario, Path outRoot, boolean allTweets) {
        this.scenario = scenario;
        this.outRoot = outRoot;
        this.allTweets = allTweets;
        this.aggregator = new RunAggregator(scenario);
    }

    @Override
    public void accept(DiluvsionRun run, RunTiming timing) throws IOException {
        aggregator.add(run, timing);
        if (outRoot != null) {
            if (writer == null) writer = DiluvsionWriter.open(outRoot, scenario, allTweets);
            writer.write(run);
        }
    }

    @Override
    public DiluvsionResult complete() throws IOException {
        if (writer == null) return aggregator.result(null);
        DiluvsionResult result = aggregator.result(writer.target());
        writer.finish(result);
        return result;
    }

    @Override
    public void abort() {
        if (writer != null) writer.abort();
    }
}
