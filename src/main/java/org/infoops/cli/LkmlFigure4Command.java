package org.infoops.cli;

import java.util.concurrent.Callable;
import org.infoops.model.lkml.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reproduce lkml-figure4}: the paper's Figure 4, configuration II. */
@Command(name = "lkml-figure4", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The synthetic-data paper's Figure 4 (LKML setup II): patches and reversal",
                "labels both simulated for 2021 by the world fitted on the first half of",
                "2021, mixed with real 2021 data on a grid of shares (0-100%% x 0-100%%);",
                "boosted trees and logistic regression scored on held-out 2022 patches by",
                "KS D and RMSE, over seeds. Writes <out>/grid.csv, grid_runs.csv,",
                "claims.csv, pools.csv and figure4a..d.png (-logistic: the second",
                "learner), atomically; prints the paper's two claims checked."},
        footer = {"", "Examples:", "  reproduce lkml-figure4                                # lkml/default, 5 seeds",
                "  reproduce lkml-figure4 --scenario lkml/small --runs 2 --out runs/fig4-small"})
public final class LkmlFigure4Command implements Callable<Integer> {
    @Mixin
    LkmlMixtureOptions options;

    @Override
    public Integer call() throws Exception {
        return options.run(Configuration.II);
    }
}
