package org.infoops.model.cascade.infer;

import org.infoops.model.cascade.base.BaseHistory;

import java.util.Map;

/**
 * What the training pipeline produces: the cloned network, the trained and calibrated infection model, and the
 * evaluation figures (ROC AUC per {@link TestSet} with its row and positive counts).
 */
public record TrainedInfection(BaseHistory history, DigitalClone network, CalibratedInfectionModel model,
                               InfectionClassifier classifier, PolynomialCalibration calibration,
                               Map<TestSet, Evaluation> evaluations, Timings timings) {

    /**
     * ROC AUC of the raw tree scores on one test set, and of the generator's true probabilities on the same rows
     * (the best any model could do; NaN for real data).
     */
    public record Evaluation(TestSet set, int rows, long positives, double auc, double oracleAuc) {}

    /**
     * Wall-clock seconds per stage, and the sizes behind them: posts embedded, exposure rows, rows the trees trained
     * on, and the training part's negative rows sampled away.
     */
    public record Timings(double network, double embeddings, double features, double training, double evaluation,
                          int postsEmbedded, int exposures, int trainingRows, int negativesDropped) {}
}
