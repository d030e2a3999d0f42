package org.infoops.scenario.lkml;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.model.lkml.DiscussionTracker;
import org.infoops.model.lkml.LogCsv;
import org.infoops.model.lkml.MessageLog;
import org.infoops.model.lkml.PatchTable;
import org.infoops.model.lkml.SyntheticPools;
import org.infoops.scenario.StagedDirectory;

/**
 * {@code export lkml}: one seed's data, in one directory written atomically (schemas in the README, section LKML):
 * {@code real_log.csv} (the real history, in the message-log schema), {@code synthetic_log.csv} (the fitted world's
 * simulated training year, same schema), {@code real_features.csv} and {@code synthetic_features.csv} (labelled
 * feature tables, one row per accepted patch) and {@code configuration_I_labels.csv} (the real first-half patches
 * with the simulation's label beside the real one).
 */
public final class LkmlExport {
    private LkmlExport() {
    }

    /** Writes the export; returns the pools it wrote (for the command's one-line summary). */
    public static SyntheticPools write(LkmlScenario s, int run, Path dir) throws IOException {
        long seed = s.runSeed(run);
        MessageLog real = RealHistory.of(s, seed).canonical(); // the ids the experiment works on
        SyntheticPools pools = SyntheticPools.build(real, s.parameters(), seed);
        long horizon = s.parameters().periods().horizon();
        MessageLog simulated = pools.simulated();
        StagedDirectory.write(dir, d -> {
            try (Writer w = writer(d, "real_log.csv")) {
                LogCsv.write(real, w);
            }
            try (Writer w = writer(d, "synthetic_log.csv")) {
                LogCsv.write(simulated, w);
            }
            features(d, "real_features.csv", real, PatchTable.of(real, horizon).rows(), horizon);
            features(d, "synthetic_features.csv", simulated, pools.configurationII(), horizon);
            try (Writer w = writer(d, "configuration_I_labels.csv")) {
                w.write("patch,accepted_minute,simulated_reversed,real_reversed\n");
                List<PatchTable.Row> realRows = PatchTable.of(real, horizon).rows();
                java.util.Map<Integer, Boolean> truth = new java.util.HashMap<>();
                for (PatchTable.Row r : realRows) truth.put(r.patch(), r.label());
                for (PatchTable.Row r : pools.configurationI()) {
                    w.write(real.patches().name(r.patch()) + "," + r.accepted() + "," + (r.label() ? 1 : 0) + "," + (truth.get(r.patch()) ? 1 : 0) + "\n");
                }
            }
        });
        return pools;
    }

    private static void features(Path d, String name, MessageLog log, List<PatchTable.Row> rows, long horizon) throws IOException {
        try (Writer w = writer(d, name)) {
            w.write("patch,accepted_minute," + String.join(",", DiscussionTracker.SCHEMA.names()) + ",reversed\n");
            StringBuilder b = new StringBuilder();
            for (PatchTable.Row r : rows) {
                b.setLength(0);
                b.append(log.patches().name(r.patch())).append(',').append(r.accepted());
                for (double v : r.features()) b.append(',').append(v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.4f", v));
                w.write(b.append(',').append(r.label() ? 1 : 0).append('\n').toString());
            }
        }
    }

    private static Writer writer(Path d, String name) throws IOException {
        return Files.newBufferedWriter(d.resolve(name), StandardCharsets.UTF_8);
    }
}
