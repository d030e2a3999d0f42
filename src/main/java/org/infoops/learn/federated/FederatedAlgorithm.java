package org.infoops.learn.federated;

import java.util.List;

/**
 * A federated learning method: the server side of a round. It reaches client data only through
 * {@link FederatedClient#localUpdate}, so it sees {@link ClientUpdate}s (aggregates), never rows.
 */
public interface FederatedAlgorithm {
    /** One federated round over the clients' current data, from {@code current} (null = start). */
    FederatedModel round(FederatedModel current, List<FederatedClient> clients, long seed);

    /** {@code rounds} rounds from scratch; each round's seed is derived from {@code seed} and the round number. */
    default FederatedModel train(List<FederatedClient> clients, int rounds, long seed) {
        FederatedModel m = null;
        for (int r = 0; r < rounds; r++) {
            m = round(m, clients, new org.infoops.kernel.RandomStreams(seed).derive("federated-round", r));
        }
        return m;
    }
}
