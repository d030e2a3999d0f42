package org.infoops.cli;

import java.util.concurrent.Callable;
import org.infoops.model.lkml.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reproduce lkml-figure3}: the paper's Figure 3, configuration I. */
@Command(name = "lkml-figure3", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The synthetic-data paper's Figure 3 (LKML setup I): real first-half-2021",
                "patches with reversal labels predicted by the fitted simulation, mixed",
                "with real 2021 data on a grid of shares (0-100%% x 0-100%%); boosted trees",
                "and logistic regression scored on held-out 2022 patches by KS D and RMSE,",
                "over seeds. Writes <out>/grid.csv, grid_runs.csv, claims.csv, pools.csv",
                "and figure3a..d.png (-logistic: the second learner), atomically; prints",
                "the paper's two claims checked."},
        footer = {"", "Examples:", "  reproduce lkml-figure3                                # lkml/default, 5 seeds",
                "  reproduce lkml-figure3 --scenario lkml/small --runs 2 --out runs/fig3-small"})
public final class LkmlFigure3Command implements Callable<Integer> {
    @Mixin
    LkmlMixtureOptions options;

    @Override
    public Integer call() throws Exception {
        return options.run(Configuration.I);
    }
}
