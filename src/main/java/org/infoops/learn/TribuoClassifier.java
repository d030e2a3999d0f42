package org.infoops.learn;

import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.List;

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

    @Override
    public double[] probabilities(List<Example> rows) {
        List<org.tribuo.Example<Label>> batch = new ArrayList<>(rows.size());
        for (Example e : rows) batch.add(TribuoTables.unlabelled(schema, standardiser.apply(e.features())));
        List<Prediction<Label>> predictions = model.predict(batch);
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            Label positive = predictions.get(i).getOutputScores().get(TribuoTables.POSITIVE);
            p[i] = positive == null ? 0 : positive.getScore();
        }
        return p;
    }

    Model<Label> model() {
        return model;
    }
}
