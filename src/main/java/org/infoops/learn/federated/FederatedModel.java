package org.infoops.learn.federated;

import org.infoops.learn.ProbabilisticClassifier;

/** The global model after some federated rounds; every client receives it, and it scores rows like any classifier. */
public interface FederatedModel extends ProbabilisticClassifier {
    /** Rounds that produced this model (0 before any training round). */
    int rounds();
}
