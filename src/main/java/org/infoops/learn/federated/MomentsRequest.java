package org.infoops.learn.federated;

/** Asks for the client's count, positives and per-feature sums and sums of squares (for standardisation). */
public record MomentsRequest() implements LocalRequest<MomentsUpdate> {
    @Override
    public Class<MomentsUpdate> replyType() {
        return MomentsUpdate.class;
    }
}
