package org.infoops.model.lkml;

/** The paper's two experimental configurations (§4.1, Figures 1 and 2). */
public enum Configuration {
    /** Real patches of the fitting window with reversal labels the simulation predicts (Figure 3). */
    I("figure3", "real first-half patches, labels predicted by the simulation"),
    /** Patches and labels both simulated, by the world fitted on the window, over the whole training year (Figure 4). */
    II("figure4", "simulated patches with simulated labels");

    private final String figure, description;

    Configuration(String figure, String description) {
        this.figure = figure;
        this.description = description;
    }

    /** The paper's figure for this configuration, as used in output file names. */
    public String figure() {
        return figure;
    }

    public String description() {
        return description;
    }
}
