package org.infoops.learn.federated;

import org.infoops.learn.FeatureMoments;

/** A client's feature moments: sums over its rows (2 numbers per feature plus two counts). */
public record MomentsUpdate(FeatureMoments moments) implements ClientUpdate {
    @Override
    public long sampleCount() {
        return moments.count();
    }

    @Override
    public int payloadLength() {
        return 2 + 2 * moments.width();
    }
}
