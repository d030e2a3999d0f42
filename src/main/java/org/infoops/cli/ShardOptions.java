package org.infoops.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.diluvsion.DiluvsionOverrides;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.shard.RunRange;
import picocli.CommandLine.Option;

/**
 * The options that spread a command's independent runs over machines: run one shard of the work into a directory,
 * or merge the shard directories into exactly the outputs a single machine writes. Work items are numbered in the
 * order one machine runs them (runs of a sweep, seeds of Figure 5); shards are contiguous ranges of them.
 */
public final class ShardOptions {
    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (0-based; nearly equal contiguous ranges of the work) into --out, for a later --merge.")
    String shard;

    @Option(names = "--run-range", paramLabel = "FROM:TO",
            description = "Run only work items FROM..TO-1 (numbered in single-machine order) into --out, for a later --merge.")
    String runRange;

    @Option(names = "--merge", arity = "1..*", paramLabel = "SHARD_DIR",
            description = "Run nothing: merge these shard directories (together every shard) into the outputs a single machine writes.")
    List<Path> merge;

    boolean sharding() {
        return shard != null || runRange != null;
    }

    boolean merging() {
        if (merge != null && sharding()) {
            throw new ScenarioException(null, "--merge", "is given with --shard/--run-range; allowed: run a shard, or merge shards, not both");
        }
        return merge != null;
    }

    /** The scenarios with the command's --runs/--steps/--seed applied (what a shard and its merge both see). */
    List<DiluvsionScenario> overridden(Supplier<List<DiluvsionScenario>> load, RunCommand.Options o) {
        DiluvsionOverrides overrides = new DiluvsionOverrides(o.runs, o.steps, o.seed);
        return load.get().stream().map(overrides::apply).toList();
    }

    /** The shard's range over {@code total} work items (all of them when no shard is asked for). */
    RunRange range(int total) {
        return RunRange.parse(shard, runRange, total);
    }

    /** Where a shard writes: {@code --out}, which a shard cannot do without (its files are the merge's input). */
    static Path shardOut(Path out, String command) {
        if (out == null) throw new ScenarioException(null, "--out", "missing; allowed: a directory for the shard's files (" + command + " --shard needs --out)");
        return out;
    }
}
