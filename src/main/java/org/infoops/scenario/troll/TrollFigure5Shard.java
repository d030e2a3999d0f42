package org.infoops.scenario.troll;

import org.infoops.scenario.shard.RunRange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.infoops.model.troll.AttackExperiment;
import org.infoops.scenario.StagedDirectory;

/**
 * Shards of the troll paper's Figure 5 over seeds: a shard runs the seeds {@code [from, to)} and writes one small
 * CSV per seed (every condition's attacks and postponements, integers, so nothing is rounded); the merge adds the
 * seeds back in order 0, 1, ... and lets {@link TrollFigure5} write exactly what a single machine writes. A seed
 * whose file exists is not run again, so a restarted shard redoes only the seed in flight.
 */
public final class TrollFigure5Shard {
    private static final String HEADER = "condition,months,attacks,postponed";

    private TrollFigure5Shard() {}

    static Path path(Path dir, int seedIndex) {
        return dir.resolve(String.format("seed-%05d.csv", seedIndex));
    }

    /** Runs the shard's seeds; returns how many were computed (the rest were already written). */
    public static int run(TrollFigure5 figure, RunRange range, Path dir, Consumer<String> progress) throws IOException {
        Files.createDirectories(dir);
        List<Integer> todo = new ArrayList<>();
        for (int r = range.from(); r < range.to(); r++) if (!Files.isRegularFile(path(dir, r))) todo.add(r);
        progress.accept("to compute: " + todo.size());
        int computed = 0;
        for (int r : todo) {
            Path file = path(dir, r);
            long t0 = System.nanoTime();
            List<AttackExperiment.Outcome> out = figure.runSeed(r);
            StringBuilder b = new StringBuilder("# ").append(figure.settings()).append(" seed=").append(r).append('\n').append(HEADER).append('\n');
            for (AttackExperiment.Outcome o : out) {
                b.append(o.condition()).append(',').append(o.months()).append(',').append(o.attacks()).append(',').append(o.postponed()).append('\n');
            }
            StagedDirectory.writeFile(file, p -> Files.writeString(p, b, StandardCharsets.UTF_8));
            computed++;
            progress.accept(String.format("seed %d done in %.1f s: %s", r, (System.nanoTime() - t0) / 1e9, out));
        }
        return computed;
    }

    /** Adds every seed of the figure's scenario from the shard directories, in order; fails naming a missing or foreign seed. */
    public static void merge(TrollFigure5 figure, List<Path> shardDirs) throws IOException {
        for (int r = 0; r < figure.scenario().runs(); r++) figure.add(r, read(figure, shardDirs, r));
    }

    private static List<AttackExperiment.Outcome> read(TrollFigure5 figure, List<Path> dirs, int r) throws IOException {
        for (Path dir : dirs) {
            Path file = path(dir, r);
            if (!Files.isRegularFile(file)) continue;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String expected = "# " + figure.settings() + " seed=" + r;
            if (lines.size() < 2 || !lines.get(0).equals(expected) || !lines.get(1).equals(HEADER)) {
                throw new IOException(file + " was written by '" + (lines.isEmpty() ? "" : lines.get(0))
                        + "'; the merge expects '" + expected + "' (merge with the shards' own options)");
            }
            List<AttackExperiment.Outcome> out = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(",", -1);
                out.add(new AttackExperiment.Outcome(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            }
            return out;
        }
        throw new IOException("seed " + r + " is in none of the shard directories " + dirs
                + "; a merge needs every shard (run the missing shard, then merge again)");
    }
}
