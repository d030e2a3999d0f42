package org.infoops.scenario.diluvsion;

import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the docking report of a sweep that includes paper scenarios: {@code table1_vs_paper.md}, {@code .csv} and
 * {@code .png} (ours against the paper's Table 1). Each file is written atomically.
 */
public final class DockingReport {
    public static final String MARKDOWN = "table1_vs_paper.md";
    public static final String CSV = "table1_vs_paper.csv";
    public static final String CHART = "table1_vs_paper.png";

    private DockingReport() {}

    /** The docking of a sweep's Table 1, or an empty one when no scenario is a paper simulation. */
    public static Docking of(Table1 table) {
        return Docking.of(table, PaperTable1.load());
    }

    /** Writes the three files into {@code dir} when the docking has simulations; returns whether it wrote. */
    public static boolean write(Docking docking, Path dir, String title) throws IOException {
        if (docking.isEmpty()) return false;
        text(dir.resolve(MARKDOWN), DockingFormat.markdown(docking, title));
        text(dir.resolve(CSV), DockingFormat.csv(docking));
        StagedDirectory.writeFile(dir.resolve(CHART), p -> DockingChart.write(docking, p));
        return true;
    }

    static void text(Path file, String content) throws IOException {
        StagedDirectory.writeFile(file, p -> Files.writeString(p, content, StandardCharsets.UTF_8));
    }
}
