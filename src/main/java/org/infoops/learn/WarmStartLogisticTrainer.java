package org.infoops.learn;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.ImmutableDataset;
import org.tribuo.MutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.classification.LabelFactory;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.SGD;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Tribuo's linear SGD (log loss) started from given weights instead of zeros: FedAvg's client step, E local
 * epochs from the global model. Tribuo has no warm-start option, but its trainer creates its parameters in the
 * overridable {@code createParameters}, so we hand it the global weights there, laid out by Tribuo's own
 * feature and label ids, and read the trained weights back by the same ids.
 */
public final class WarmStartLogisticTrainer {
    private static final LabelFactory LABELS = new LabelFactory();
    static {
        TribuoLogging.quiet();
    }

    private WarmStartLogisticTrainer() {
    }

    /**
     * Trains on {@code rows} (already standardised) from {@code none}/{@code attack} weight rows (width d+1, bias
     * last) and returns the trained rows in the same layout: {@code [0]} none, {@code [1]} attack.
     */
    public static double[][] train(FeatureSchema s, List<Example> rows, double[] none, double[] attack,
                                   LogisticSettings settings, long seed) {
        // A fixed feature map over every schema column and a fixed label domain, so Tribuo's parameter shape and
        // ids never depend on which columns or classes this client happened to observe.
        MutableFeatureMap names = new MutableFeatureMap();
        for (String n : s.names()) names.add(n, 0);
        ImmutableFeatureMap features = new ImmutableFeatureMap(names);
        MutableOutputInfo<Label> domain = LABELS.generateInfo();
        domain.observe(new Label(TribuoTables.NEGATIVE));
        domain.observe(new Label(TribuoTables.POSITIVE));
        ImmutableOutputInfo<Label> labels = domain.generateImmutableOutputInfo();
        MutableDataset<Label> observed = TribuoTables.dataset(s, rows, Standardiser.identity(s.size()));
        ImmutableDataset<Label> data = new ImmutableDataset<>(observed, observed.getProvenance(), LABELS, features, labels, false);
        DenseMatrix init = new DenseMatrix(labels.size(), features.size() + 1);
        write(init, s, features, labels, TribuoTables.NEGATIVE, none);
        write(init, s, features, labels, TribuoTables.POSITIVE, attack);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), SGD.getSimpleSGD(settings.learningRate()),
                settings.epochs(), Integer.MAX_VALUE, settings.minibatch(), seed) {
            @Override
            protected LinearParameters createParameters(int numFeatures, int numOutputs, SplittableRandom rng) {
                // Tribuo passes the feature count without the bias column (which it appends last).
                if (numFeatures + 1 != init.getDimension2Size() || numOutputs != init.getDimension1Size()) {
                    throw new IllegalStateException("Tribuo parameter shape " + numOutputs + "x" + (numFeatures + 1)
                            + " differs from the warm start " + init.getDimension1Size() + "x" + init.getDimension2Size());
                }
                return new LinearParameters(init.copy());
            }
        };
        LinearSGDModel model = trainer.train(data);
        DenseMatrix trained = model.getWeightsCopy();
        return new double[][] {
                read(trained, s, features, labels, TribuoTables.NEGATIVE, none),
                read(trained, s, features, labels, TribuoTables.POSITIVE, attack)};
    }

    private static void write(DenseMatrix m, FeatureSchema s, ImmutableFeatureMap f, ImmutableOutputInfo<Label> labels,
                              String label, double[] row) {
        int l = labels.getID(new Label(label));
        for (int j = 0; j < s.size(); j++) {
            int id = f.getID(s.name(j));
            if (id >= 0) m.set(l, id, row[j]);
        }
        m.set(l, f.size(), row[s.size()]);
    }

    /** Reads a label's trained row; a feature Tribuo never saw in these rows keeps its starting weight. */
    private static double[] read(DenseMatrix m, FeatureSchema s, ImmutableFeatureMap f, ImmutableOutputInfo<Label> labels,
                                 String label, double[] start) {
        int l = labels.getID(new Label(label));
        double[] row = start.clone();
        for (int j = 0; j < s.size(); j++) {
            int id = f.getID(s.name(j));
            if (id >= 0) row[j] = m.get(l, id);
        }
        row[s.size()] = m.get(l, f.size());
        return row;
    }
}
