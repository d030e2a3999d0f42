package org.infoops.cli;

import org.infoops.model.lkml.Configuration;
import picocli.CommandLine.Command;

/** {@code reproduce lkml-figure3}: the paper's Figure 3, configuration I. */
@Command(name = "lkml-figure3", header = "The synthetic-data paper's Figure 3 (LKML setup I).", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The synthetic-data paper's Figure 3 (LKML setup I): real first-half-2021",
                "patches with reversal labels predicted by the fitted simulation,",
                LkmlFigureCommand.GRID, LkmlFigureCommand.SCORED, LkmlFigureCommand.WRITES,
                "and figure3a..d.png (-logistic: the second learner),", LkmlFigureCommand.CLAIMS},
        footer = {"", "Examples:", "  reproduce lkml-figure3                                # lkml/default, 5 seeds",
                "  reproduce lkml-figure3 --scenario lkml/small --runs 2 --out runs/fig3-small"})
public final class LkmlFigure3Command extends LkmlFigureCommand {
    public LkmlFigure3Command() {
        super(Configuration.I);
    }
}
