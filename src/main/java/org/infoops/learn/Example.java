package org.infoops.learn;

import java.util.Arrays;

/**
 * One labelled row of a feature table (for the troll world: one post, positive if it drew a bot attack).
 * The features are copied in and out, so no caller can alias (and so leak or mutate) a stored row.
 */
public record Example(double[] features, boolean positive) {
    public Example {
        features = features.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /** The value of one column without copying the row. */
    public double feature(int column) {
        return features[column];
    }

    public int width() {
        return features.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Example e && e.positive == positive && Arrays.equals(e.features, features);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(features) + Boolean.hashCode(positive);
    }

    @Override
    public String toString() {
        return "Example" + Arrays.toString(features) + (positive ? " +" : " -");
    }
}
