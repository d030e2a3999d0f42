package org.infoops.model.lkml;

/**
 * The maintainer groups: for each, its maintainers (who inspect and decide, §4.1), its reviewers, and the files it
 * owns, each with a weight (how often they act or are touched). Arrays are indexed by group id.
 */
public record MaintainerGroups(int[][] maintainers, double[][] maintainerWeights, int[][] reviewers,
                               double[][] reviewerWeights, int[][] files, double[][] fileWeights) {
    public int size() {
        return maintainers.length;
    }

    /** A group with no maintainer seen cannot take patches (the world sends its patches elsewhere). */
    public boolean open(int g) {
        return maintainers[g].length > 0 && files[g].length > 0;
    }
}
