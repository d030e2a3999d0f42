package org.infoops.learn;

/** The learning methods compared for attack prediction (paper section 5.1 presents boosted trees). */
public enum Method {
    /** Logistic regression (Tribuo linear SGD with the log loss; federated averaging when federated). */
    LOGISTIC,
    /** Gradient-boosted trees (Tribuo XGBoost; federated histogram boosting when federated). */
    BOOSTED_TREES
}
