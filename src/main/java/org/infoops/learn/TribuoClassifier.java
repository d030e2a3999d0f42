package org.infoops.learn;

import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** A trained Tribuo model seen as a {@link ProbabilisticClassifier}: the score Tribuo gives the "attack" label. */
final class TribuoClassifier implements ProbabilisticClassifier {
    private final FeatureSchema schema;
    private final Model<Label> model;
    private final Standardiser standardiser;

    TribuoClassifier(FeatureSchema schema, Model<Label> model, Standardiser standardiser) {
        if (!model.generatesProbabilities()) {
            throw new IllegalArgumentException("model " + model.getClass().getSimpleName() + " gives no probabilities");
        }
        this.schema = schema;
        this.model = model;
        this.standardiser = standardiser;
    }

    @Override
    public double probability(double[] features) {
        schema.check(features);
        Prediction<Label> p = model.predict(TribuoTables.unlabelled(schema, standardiser.apply(features)));
        Label positive = p.getOutputScores().get(TribuoTables.POSITIVE);
        return positive == null ? 0 : positive.getScore();
    }

    Model<Label> model() {
        return model;
    }
}
