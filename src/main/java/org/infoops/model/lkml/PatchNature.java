package org.infoops.model.lkml;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * How good a new patch looks to reviewers: the chance that one review recommends it. A fitted world takes it from
 * its author's record in the log; the ground-truth generator from a hidden quality no log shows.
 */
@FunctionalInterface
public interface PatchNature {
    double reviewAcceptance(int patch, int author, UniformRandomProvider rng);
}
