package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionRun;

import java.io.IOException;

/**
 * Receives the runs of one scenario in run-index order (the {@link DiluvsionRunner} reorders them), one call at a
 * time, then either {@link #complete()} once all runs arrived or {@link #abort()} if the sweep failed.
 */
public interface RunSink<R> {
    void accept(DiluvsionRun run, RunTiming timing) throws IOException;

    /** All runs were accepted: finish and return the scenario's result. */
    R complete() throws IOException;

    /** The sweep failed: drop everything partial. Must not throw. */
    void abort();
}
