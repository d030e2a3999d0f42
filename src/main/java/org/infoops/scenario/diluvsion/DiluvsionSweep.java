package org.infoops.scenario.diluvsion;

import org.infoops.scenario.OutputDirectory;
import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs scenarios x runs in parallel and writes their outputs: each scenario's directory as soon as its last run
 * arrived, then (optionally) the sweep's Table 1 and Figure 3, and the docking report against the paper's Table 1
 * when paper scenarios (sim01..sim16) are among them. The output root is locked for the duration and
 * leftovers of an interrupted earlier sweep are cleaned first. Used by the {@code run} and {@code sweep} commands
 * and by anything that wants results in memory (out = null).
 */
public final class DiluvsionSweep {
    public static final String TABLE1_CSV = "table1.csv";
    public static final String TABLE1_MD = "table1.md";
    public static final String TABLE1_STATS = "table1_stats.csv";
    public static final String FIGURE3 = "figure3.png";

    private final DiluvsionRunFunction function;
    private final RunProgress progress;

    public DiluvsionSweep(DiluvsionRunFunction function, RunProgress progress) {
        this.function = function;
        this.progress = progress;
    }

    public DiluvsionSweepReport run(List<DiluvsionScenario> scenarios, SweepOptions options) throws IOException {
        if (scenarios.isEmpty()) throw new ScenarioException(null, "SCENARIO", "no scenario given; allowed: one or more scenario files or names");
        Set<String> names = new HashSet<>();
        for (DiluvsionScenario s : scenarios) {
            if (!names.add(s.name())) {
                throw new ScenarioException(s.source(), "name", "'" + s.name() + "' is used by two scenarios of this sweep; "
                        + "allowed: distinct names (each names its output directory)");
            }
        }
        DiluvsionRunner runner = new DiluvsionRunner(function, options.threads(), progress);
        if (options.out() == null) {
            List<DiluvsionResult> results = runner.run(scenarios, s -> new DiluvsionRecorder(s, null, options.allTweets()));
            return new DiluvsionSweepReport(null, results, Table1.of(results));
        }
        try (OutputDirectory out = OutputDirectory.open(options.out())) {
            Path root = out.root();
            List<DiluvsionResult> results = runner.run(scenarios, s -> new DiluvsionRecorder(s, root, options.allTweets()));
            Table1 table = Table1.of(results);
            if (options.table1()) writeTable1(table, root);
            return new DiluvsionSweepReport(root, results, table);
        }
    }

    private static void writeTable1(Table1 table, Path root) throws IOException {
        text(root.resolve(TABLE1_CSV), Table1Format.csv(table));
        text(root.resolve(TABLE1_MD), Table1Format.markdown(table));
        text(root.resolve(TABLE1_STATS), Table1Format.statsCsv(table));
        StagedDirectory.writeFile(root.resolve(FIGURE3), p -> StanceCharts.writeGrid(table.results(), p));
        DockingReport.write(DockingReport.of(table), root, "Table 1: ours against the paper");
    }

    private static void text(Path file, String content) throws IOException {
        StagedDirectory.writeFile(file, p -> Files.writeString(p, content, StandardCharsets.UTF_8));
    }
}
