package org.infoops.scenario.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.infoops.model.diluvsion.DiluvsionRun;
import org.infoops.scenario.RunFunction;
import org.infoops.scenario.RunTiming;
import org.infoops.scenario.Scenario;

/**
 * The merge of a sharded sweep: a {@link RunFunction} that reads each run from the shard directory holding it
 * instead of simulating it. Given to the ordinary sweep, it writes exactly the files a single machine writes,
 * through the same code; the runs' timings are the ones the shards measured (wall-clock), not the reading time.
 */
public final class ShardReplay implements RunFunction {
    private final List<Path> shardDirs;
    private final Map<String, RunTiming> timings = new ConcurrentHashMap<>();

    public ShardReplay(List<Path> shardDirs) {
        if (shardDirs.isEmpty()) throw new IllegalArgumentException("no shard directories");
        this.shardDirs = List.copyOf(shardDirs);
    }

    @Override
    public DiluvsionRun run(Scenario scenario, int runIndex) {
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
    public RunTiming timing(Scenario scenario, int runIndex, RunTiming measured) {
        RunTiming t = timings.remove(key(scenario, runIndex));
        return t == null ? measured : t;
    }

    private Path find(Scenario scenario, int runIndex) {
        for (Path dir : shardDirs) {
            Path file = RunFile.path(dir, scenario.name(), runIndex);
            if (Files.isRegularFile(file)) return file;
        }
        throw new IllegalStateException(scenario.name() + " run " + runIndex + " is in none of the shard directories "
                + shardDirs + "; a merge needs every shard of the sweep (run the missing shard, then merge again)");
    }

    private static String key(Scenario s, int run) {
        return s.name() + "#" + run;
    }
}
