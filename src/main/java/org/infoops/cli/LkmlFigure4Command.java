package org.infoops.cli;

import org.infoops.model.lkml.Configuration;
import picocli.CommandLine.Command;

/** {@code reproduce lkml-figure4}: the paper's Figure 4, configuration II. */
@Command(name = "lkml-figure4", header = "The synthetic-data paper's Figure 4 (LKML setup II).", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The synthetic-data paper's Figure 4 (LKML setup II): patches and reversal",
                "labels both simulated for 2021 by the world fitted on the first half of 2021,",
                LkmlFigureCommand.GRID, LkmlFigureCommand.SCORED, LkmlFigureCommand.WRITES,
                "and figure4a..d.png (-logistic: the second learner),", LkmlFigureCommand.CLAIMS},
        footer = {"", "Examples:", "  reproduce lkml-figure4                                # lkml/default, 5 seeds",
                "  reproduce lkml-figure4 --scenario lkml/small --runs 2 --out runs/fig4-small"})
public final class LkmlFigure4Command extends LkmlFigureCommand {
    public LkmlFigure4Command() {
        super(Configuration.II);
    }
}
