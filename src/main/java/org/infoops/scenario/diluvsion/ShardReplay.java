package org.infoops.scenario.diluvsion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.infoops.model.diluvsion.DiluvsionRun;
import org.infoops.scenario.ScenarioException;

/**
 * The merge of a sharded sweep: a {@link DiluvsionRunFunction} that reads each run from the shard directory holding it
 * instead of simulating it. Given to the ordinary sweep, it writes exactly the files a single machine writes,
 * through the same code; the runs' timings are the ones the shards measured (wall-clock), not the reading time.
 */
public final class ShardReplay implements DiluvsionRunFunction {
    private final List<Path> shardDirs;
    private final Map<String, RunTiming> timings = new ConcurrentHashMap<>();

    public ShardReplay(List<Path> shardDirs) {
        if (shardDirs.isEmpty()) throw new IllegalArgumentException("no shard directories");
        this.shardDirs = List.copyOf(shardDirs);
    }

    /**
     * Checks before anything is written that the shard directories hold every run of {@code scenarios}, each from
     * a sweep with the same options; otherwise a {@link ScenarioException} on {@code --merge} naming the first gap.
     */
    public List<DiluvsionScenario> requireComplete(List<DiluvsionScenario> scenarios) {
        for (DiluvsionScenario s : scenarios) {
            for (int r = 0; r < s.runs(); r++) {
                Path file = find(s, r);
                try {
                    RunFile.check(file, s, r);
                } catch (IOException e) {
                    throw new ScenarioException(null, "--merge", e.getMessage());
                }
            }
        }
        return scenarios;
    }

    @Override
    public DiluvsionRun run(DiluvsionScenario scenario, int runIndex) {
        Path file = find(scenario, runIndex);
        try {
            RunFile.Stored stored = RunFile.read(file, scenario, runIndex);
            timings.put(key(scenario, runIndex), stored.timing());
            return stored.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public RunTiming timing(DiluvsionScenario scenario, int runIndex, RunTiming measured) {
        RunTiming t = timings.remove(key(scenario, runIndex));
        return t == null ? measured : t;
    }

    private Path find(DiluvsionScenario scenario, int runIndex) {
        for (Path dir : shardDirs) {
            Path file = RunFile.path(dir, scenario.name(), runIndex);
            if (Files.isRegularFile(file)) return file;
        }
        throw new ScenarioException(null, "--merge", scenario.name() + " run " + runIndex + " is in none of the shard directories "
                + shardDirs + "; allowed: directories that together hold every shard of the sweep (run the missing shard, then merge again)");
    }

    private static String key(DiluvsionScenario s, int run) {
        return s.name() + "#" + run;
    }
}
