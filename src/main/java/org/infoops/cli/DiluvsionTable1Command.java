package org.infoops.cli;

import picocli.CommandLine.Command;

/**
 * {@code reproduce diluvsion-table1}: the Diluvsion paper's Sims 1-16 x their runs, Table 1, Figure 3 and the docking
 * report against the paper; the same as {@code sweep --all diluvsion}, named after the experiment it reproduces.
 */
@Command(name = "diluvsion-table1", header = "The Diluvsion paper's Table 1 and Figure 3 (Sims 1-16).", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "The Diluvsion paper's Table 1 and Figure 3: Sims 1-16 (all their runs in parallel), each written",
                "to <out>/<scenario>/ as `run` does, then table1.md/.csv, table1_stats.csv, figure3.png and",
                "table1_vs_paper.md/.csv/.png (ours against the paper's Table 1) into <out>/.",
                "Exit codes: 0 done, 1 a run or the writing failed, 2 a bad scenario or option."},
        footer = {"", "Examples:", "  reproduce diluvsion-table1 --out runs/table1        # 16 x 20 runs, ~5 min on 2 cores",
                "  reproduce diluvsion-table1 --shard 0/2 --out runs/s0   # one part per machine, then:",
                "  reproduce diluvsion-table1 --merge runs/s0 runs/s1 --out runs/table1"})
public final class DiluvsionTable1Command extends SweepCommand {
    public DiluvsionTable1Command() {
        all = "diluvsion";
    }
}
