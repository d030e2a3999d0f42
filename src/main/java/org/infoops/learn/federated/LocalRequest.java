package org.infoops.learn.federated;

/**
 * What the server asks of a client in a federated round. Sealed: a client computes only these requests, on its
 * own rows, inside {@link FederatedClient}, and answers with the matching {@link ClientUpdate}.
 */
public sealed interface LocalRequest<U extends ClientUpdate> permits MomentsRequest, LocalSgdRequest, SketchRequest, HistogramRequest {
    Class<U> replyType();
}
