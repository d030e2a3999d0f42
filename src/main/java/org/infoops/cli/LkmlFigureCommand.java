package org.infoops.cli;

import org.infoops.model.lkml.Configuration;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code reproduce lkml-figure3} and {@code lkml-figure4}: one mixture-grid experiment, two LKML configurations; the
 * subclasses differ only in the configuration and the words of their help.
 */
abstract class LkmlFigureCommand implements Callable<Integer> {
    /** The help lines both figures share: the grid, the learners and measures, what is written. */
    static final String GRID = "mixed with real 2021 data on a grid of shares (0-100%% x 0-100%%); boosted";
    static final String SCORED = "trees and logistic regression scored on held-out 2022 patches by KS D and";
    static final String WRITES = "RMSE, over seeds. Writes <out>/grid.csv, grid_runs.csv, claims.csv, pools.csv";
    static final String CLAIMS = "atomically; prints the paper's two claims checked.";

    @Mixin
    LkmlMixtureOptions options;

    private final Configuration configuration;

    LkmlFigureCommand(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Integer call() throws Exception {
        return options.run(configuration);
    }
}
