package org.infoops.scenario.diluvsion;

import org.infoops.scenario.shard.RunRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.infoops.model.diluvsion.DiluvsionRun;
import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioRunException;

/**
 * Runs one shard of a Diluvsion sweep: the runs {@code [from, to)} of the sweep's (scenario, run) list, in the
 * order a single machine runs them (scenario by scenario, run by run), each written to its own {@link RunFile}
 * as soon as it finished. A run whose file already exists is not run again, so a shard restarted after its
 * process was killed redoes only the runs that were in flight. {@link ShardReplay} merges the shards.
 */
public final class DiluvsionShard {
    /** One unit of work: run {@code run} of {@code scenario}. */
    public record Item(DiluvsionScenario scenario, int run) {}

    /** What the shard did: runs computed now, and runs found already written by an earlier attempt. */
    public record Report(int computed, int reused) {}

    private final DiluvsionRunFunction function;
    private final RunProgress progress;

    public DiluvsionShard(DiluvsionRunFunction function, RunProgress progress) {
        this.function = function;
        this.progress = progress;
    }

    /** Every (scenario, run) of a sweep in single-machine order: the list shards cut into ranges. */
    public static List<Item> items(List<DiluvsionScenario> scenarios) {
        List<Item> items = new ArrayList<>();
        for (DiluvsionScenario s : scenarios) for (int r = 0; r < s.runs(); r++) items.add(new Item(s, r));
        return items;
    }

    public Report run(List<DiluvsionScenario> scenarios, RunRange range, Path dir, int threads, boolean allTweets) throws IOException {
        List<Item> all = items(scenarios);
        if (range.to() > all.size()) {
            throw new IllegalArgumentException("range " + range + " exceeds the sweep's " + all.size() + " runs");
        }
        Files.createDirectories(dir);
        // Wall-clock origin: run timings become epoch nanoseconds, comparable between the machines of a sweep.
        long epochOffset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        List<Item> todo = new ArrayList<>();
        for (Item item : all.subList(range.from(), range.to())) {
            if (!Files.isRegularFile(RunFile.path(dir, item.scenario().name(), item.run()))) todo.add(item);
        }
        progress.start(todo.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())), r -> {
            Thread t = new Thread(r, "shard-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Item item : todo) futures.add(pool.submit(() -> execute(item, dir, allTweets, epochOffset)));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    futures.forEach(x -> x.cancel(false));
                    Throwable cause = e.getCause();
                    if (cause instanceof UncheckedIOException u) throw u.getCause();
                    throw cause instanceof ScenarioRunException sre ? sre : new ScenarioRunException(String.valueOf(cause.getMessage()), cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioRunException("interrupted", e);
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        return new Report(todo.size(), range.size() - todo.size());
    }

    private void execute(Item item, Path dir, boolean allTweets, long epochOffset) {
        DiluvsionScenario s = item.scenario();
        long start = System.nanoTime();
        DiluvsionRun run;
        try {
            run = function.run(s, item.run());
        } catch (RuntimeException | Error e) {
            throw new ScenarioRunException(s.name() + " run " + item.run() + " failed: " + e, e);
        }
        RunTiming wall = new RunTiming(start + epochOffset, System.nanoTime() + epochOffset);
        try {
            RunFile.write(RunFile.path(dir, s.name(), item.run()), s, run, wall, allTweets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.runFinished(s, item.run());
    }
}
