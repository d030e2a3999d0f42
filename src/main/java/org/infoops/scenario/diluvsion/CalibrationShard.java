package org.infoops.scenario.diluvsion;

import org.infoops.scenario.shard.RunRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.StagedDirectory;

/**
 * Shards of a calibration's screening phase. The discrete combinations are scored independently of each other
 * (common random numbers: each candidate runs the same run indices), so a shard screens a contiguous range of
 * them into its own {@code evaluations.csv}, and {@link #merge} writes the union in single-machine order: the
 * log a single machine writes after screening, byte for byte. The CMA-ES generations that follow depend on each
 * other and are not sharded; {@code calibrate} resumes from the merged log and runs them on one machine.
 */
public final class CalibrationShard {
    private CalibrationShard() {}

    /** The screening's work items: the discrete combinations, in the order a single machine scores them. */
    public static int items(Calibrator.Settings s) {
        return s.space().combinations().size();
    }

    /** Screens the combinations of {@code range} into {@code out}'s log (resuming a shard that was cut short). */
    public static List<Calibrator.Scored> run(Calibrator calibrator, Calibrator.Settings s, RunRange range, Path out) throws IOException {
        if (range.to() > items(s)) {
            throw new IllegalArgumentException("range " + range + " exceeds the screening's " + items(s) + " combinations");
        }
        return calibrator.screen(s, out, range.from(), range.to());
    }

    /**
     * Writes {@code out/evaluations.csv} from the shards' logs: every screened combination once, in single-machine
     * order. Refuses a shard log of other settings, a missing combination, a candidate no shard should hold, two
     * shards that disagree on a candidate, and an {@code out} that already holds a log.
     */
    public static void merge(List<Path> shardDirs, Calibrator.Settings s, Path out) throws IOException {
        Path target = out.resolve(CalibrationLog.FILE);
        if (Files.exists(target)) {
            throw new ScenarioException(target.toString(), "--out", "already holds an evaluations log; allowed: a new --out for --merge "
                    + "(rerun without --merge to resume it)");
        }
        Map<String, CalibrationLog.Entry> found = new LinkedHashMap<>();
        for (Path dir : shardDirs) {
            Path file = dir.resolve(CalibrationLog.FILE);
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(file.toString(), "--merge", "does not exist; allowed: directories written by calibrate --shard");
            }
            for (CalibrationLog.Entry e : CalibrationLog.read(file, s.describe())) {
                CalibrationLog.Entry other = found.putIfAbsent(e.candidate(), e);
                if (other != null && !other.equals(e)) {
                    throw new ScenarioException(file.toString(), "--merge", "candidate " + e.candidate() + " scores " + e.objective()
                            + " here but " + other.objective() + " in another shard; allowed: shards of one calibration");
                }
            }
        }
        List<String> order = s.space().combinations().stream().map(c -> CalibrationCandidate.SHIPPED.with(c).key()).toList();
        for (int i = 0; i < order.size(); i++) {
            if (!found.containsKey(order.get(i))) {
                throw new ScenarioException(null, "--merge", "the shards lack screening item " + i + " (" + order.get(i) + ") of "
                        + order.size() + "; allowed: shard directories that together cover 0:" + order.size());
            }
        }
        for (String key : found.keySet()) {
            if (!order.contains(key)) {
                throw new ScenarioException(null, "--merge", "the shards hold candidate " + key + ", which is no screened combination; "
                        + "allowed: logs of calibrate --shard");
            }
        }
        // Written by the log itself (same bytes as a single machine), in a staging directory, then moved in whole.
        try (StagedDirectory stage = StagedDirectory.create(out.resolve("merge"))) {
            try (CalibrationLog log = CalibrationLog.open(stage.path(), s.describe())) {
                for (String key : order) log.add(found.get(key));
            }
            Files.move(stage.path().resolve(CalibrationLog.FILE), target, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
