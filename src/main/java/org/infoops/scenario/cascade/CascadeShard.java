package org.infoops.scenario.cascade;

import org.infoops.scenario.shard.RunRange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.infoops.model.cascade.CountermeasureSweeps;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.StagedDirectory;

/**
 * Shards of a cascade study: its work items are the countermeasure and topic sweep points (blocking, inoculation,
 * topics, in output order; each is the scenario's trials with one countermeasure). Every shard and the merge build
 * the world and the base cascade (the points need its ranking; the outputs need it whole) and a shard computes its
 * range of points, one small file each (doubles printed by {@link Double#toString}, which reads back exactly). The
 * merge reads the points back in order and writes exactly what a single machine writes. A point whose file exists
 * is not computed again.
 */
public final class CascadeShard {
    private static final String HEADER = "x,mean_infections,sd_infections,trials";

    private CascadeShard() {}

    static Path path(Path dir, int item) {
        return dir.resolve(String.format("point-%05d.csv", item));
    }

    /** What a point depends on besides its index: a shard and its merge must agree on it. */
    static String settings(CascadeScenario s) {
        var cm = s.countermeasures();
        return s.name() + " seed=" + s.seed() + " trials=" + s.trials() + " analyses=" + s.analyses() + " cmTrials=" + cm.trials()
                + " block=" + cm.blockCounts() + " inoculate=" + cm.inoculationFractions() + " topics=" + s.topics().size();
    }

    /** Computes the range's points (those not already written); returns how many were computed. */
    public static int run(CascadeStudy.Prepared p, RunRange range, Path dir, int threads, Consumer<String> progress) throws IOException {
        List<CascadeStudy.PointKey> keys = CascadeStudy.pointKeys(p.scenario());
        Files.createDirectories(dir);
        List<Integer> todo = new ArrayList<>();
        for (int i = range.from(); i < range.to(); i++) if (!Files.isRegularFile(path(dir, i))) todo.add(i);
        progress.accept("to compute: " + todo.size());
        for (int i : todo) {
            CountermeasureSweeps.Point point = CascadeStudy.point(p, keys.get(i), threads);
            String text = "# " + settings(p.scenario()) + " point=" + i + "\n" + HEADER + "\n" + point.x() + ","
                    + point.meanInfections() + "," + point.sdInfections() + "," + point.trials() + "\n";
            StagedDirectory.writeFile(path(dir, i), f -> Files.writeString(f, text, StandardCharsets.UTF_8));
            progress.accept("point " + i + " done: " + keys.get(i).analysis().name().toLowerCase() + " " + point.x());
        }
        return todo.size();
    }

    /** Reads every point from the shard directories and writes the study to {@code out/<scenario>/}. */
    public static CascadeStudy.Outcome merge(CascadeStudy.Prepared p, List<Path> shardDirs, Path out) throws IOException {
        int n = CascadeStudy.pointKeys(p.scenario()).size();
        String settings = settings(p.scenario());
        List<CountermeasureSweeps.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) points.add(read(shardDirs, settings, i));
        CascadeStudy.Outcome o = CascadeStudy.assemble(p, points);
        CascadeRun.write(o, out);
        return o;
    }

    private static CountermeasureSweeps.Point read(List<Path> dirs, String settings, int i) throws IOException {
        for (Path dir : dirs) {
            Path file = path(dir, i);
            if (!Files.isRegularFile(file)) continue;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String expected = "# " + settings + " point=" + i;
            if (lines.size() != 3 || !lines.get(0).equals(expected) || !lines.get(1).equals(HEADER)) {
                throw new ScenarioException(null, "--merge", file + " was written by '" + (lines.isEmpty() ? "" : lines.get(0))
                        + "'; allowed: shards of '" + expected + "' (merge with the shards' own options)");
            }
            String[] f = lines.get(2).split(",", -1);
            return new CountermeasureSweeps.Point(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Integer.parseInt(f[3]));
        }
        throw new ScenarioException(null, "--merge", "point " + i + " is in none of the shard directories " + dirs
                + "; allowed: directories that together hold every shard (run the missing shard, then merge again)");
    }
}
