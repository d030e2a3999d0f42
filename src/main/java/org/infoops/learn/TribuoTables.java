package org.infoops.learn;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.List;

/** Turns our feature rows into Tribuo examples and datasets (features keyed by the schema's names). */
final class TribuoTables {
    static final String POSITIVE = "attack";
    static final String NEGATIVE = "none";
    private static final LabelFactory LABELS = new LabelFactory();

    private TribuoTables() {
    }

    static MutableDataset<Label> dataset(FeatureSchema schema, List<Example> rows, Standardiser standardiser) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("infoops feature table", LABELS), LABELS);
        for (Example e : rows) {
            data.add(example(schema, standardiser.apply(e.features()), new Label(e.positive() ? POSITIVE : NEGATIVE)));
        }
        return data;
    }

    static ArrayExample<Label> example(FeatureSchema schema, double[] row, Label label) {
        String[] names = schema.names().toArray(String[]::new);
        return new ArrayExample<>(label, names, row);
    }

    static ArrayExample<Label> unlabelled(FeatureSchema schema, double[] row) {
        return example(schema, row, LabelFactory.UNKNOWN_LABEL);
    }
}
