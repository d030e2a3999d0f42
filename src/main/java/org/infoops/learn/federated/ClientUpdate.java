package org.infoops.learn.federated;

/**
 * What one client sends the server in a federated round: aggregates of its rows, never rows. The interface is
 * sealed, so the only messages that can leave a client are the records listed here, each of which holds a
 * sample count and fixed-size arrays whose lengths depend on the schema and the request, not on the client's
 * data (FederatedPrivacyTest checks both properties for every kind).
 */
public sealed interface ClientUpdate permits MomentsUpdate, WeightsUpdate, SketchUpdate, HistogramUpdate {
    /** How many of the client's rows the aggregate summarises (FedAvg weights by it). */
    long sampleCount();

    /** How many numbers the message carries (communication cost; independent of sampleCount). */
    int payloadLength();
}
