package org.infoops.scenario.diluvsion;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sweep produced.
 *
 * @param out     the output root, or null when nothing was written
 * @param results one per scenario, in the order given
 * @param table1  the Table 1 of the results (computed even when not written)
 */
public record DiluvsionSweepReport(Path out, List<DiluvsionResult> results, Table1 table1) {}
