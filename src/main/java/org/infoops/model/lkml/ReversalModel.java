package org.infoops.model.lkml;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * When (if ever) an accepted patch is reversed: minutes after its acceptance, or -1 for never. It sees the patch's
 * feature row at acceptance ({@link DiscussionTracker#SCHEMA}); the ground truth may also use what it hid.
 */
@FunctionalInterface
public interface ReversalModel {
    long reversalDelay(int patch, double[] features, UniformRandomProvider rng);
}
