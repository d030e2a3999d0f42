package org.infoops.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.infoops.scenario.ProgressBarProgress;
import org.infoops.scenario.diluvsion.DiluvsionRunFunction;
import org.infoops.scenario.RunProgress;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioRunException;
import org.infoops.scenario.diluvsion.SweepOptions;
import org.infoops.scenario.diluvsion.DiluvsionShard;
import org.infoops.scenario.shard.RunRange;

/**
 * {@code sweep ... --shard I/N --out DIR}: runs one shard of a Diluvsion sweep and writes its runs into DIR, one
 * file per run, printing {@code to compute: N} and then {@code finished <scenario> run <r>} on stdout as each run is written (a driver such as the
 * Ray sweep counts these lines). {@code sweep ... --merge DIR...} turns the shards into the sweep's outputs.
 */
final class SweepShardCommand {
    private SweepShardCommand() {}

    static int execute(PrintWriter out, PrintWriter err, RunCommand.Options o, ShardOptions shards, DiluvsionRunFunction function,
                       Supplier<List<DiluvsionScenario>> load) {
        try {
            List<DiluvsionScenario> scenarios = shards.overridden(load, o);
            RunRange range = shards.range(DiluvsionShard.items(scenarios).size());
            int threads = o.threads == null ? SweepOptions.defaultThreads() : o.threads;
            if (threads < 1) throw new ScenarioException(null, "--threads", threads + " is out of range; allowed: 1 or more");
            RunProgress lines = new LineProgress(out, o.noProgress ? RunProgress.NONE : new ProgressBarProgress("shard"));
            DiluvsionShard.Report report = new DiluvsionShard(function, lines)
                    .run(scenarios, range, ShardOptions.shardOut(o.out, "sweep"), threads, o.allTweets);
            out.println("wrote runs " + range + " to " + o.out + " (" + report.computed() + " computed, "
                    + report.reused() + " already there)");
            out.flush();
            return 0;
        } catch (ScenarioRunException | IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return RunCommand.EXIT_FAILED;
        }
    }

    /** One stdout line per finished run, beside the progress bar on stderr. */
    private record LineProgress(PrintWriter out, RunProgress bar) implements RunProgress {
        @Override
        public void start(long totalRuns) {
            out.println("to compute: " + totalRuns);
            out.flush();
            bar.start(totalRuns);
        }

        @Override
        public synchronized void runFinished(DiluvsionScenario scenario, int runIndex) {
            out.println("finished " + scenario.name() + " run " + runIndex);
            out.flush();
            bar.runFinished(scenario, runIndex);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
