package org.infoops.learn.federated;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Sends one request to many clients and collects their updates in client order. Clients hold disjoint state, so
 * they may compute side by side (the common fork-join pool); the updates are recorded and returned in client
 * order, so what the server sums, and so the model, does not depend on how many threads ran.
 */
final class ClientRequests {
    private ClientRequests() {
    }

    static <U extends ClientUpdate> List<U> ask(List<FederatedClient> clients, FederatedModel current,
                                                LocalRequest<U> request, boolean parallel) {
        IntStream indices = IntStream.range(0, clients.size());
        List<U> updates = (parallel ? indices.parallel() : indices)
                .mapToObj(i -> clients.get(i).answer(current, request, 0)).toList();
        for (int i = 0; i < updates.size(); i++) clients.get(i).record(updates.get(i));
        return updates;
    }
}
