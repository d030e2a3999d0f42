package org.infoops.model.cascade.infer;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.ArrayList;
import java.util.List;

/**
 * The gradient-boosted-tree classifier of the infection model: Tribuo's XGBoost trainer (the paper used the
 * EvoTrees Julia package, section "Infection model"), seeded, returning the raw (uncalibrated) probability of
 * a reshare. Feature names carry a zero-padded column index so Tribuo's name order equals column order.
 */
public final class InfectionClassifier implements java.io.Serializable {
    static final Label RESHARE = new Label("reshare");
    static final Label IGNORE = new Label("ignore");

    private static final int CHUNK = 1 << 15;   // rows scored per dense matrix: 32,768 x 154 floats = 20 MB

    private final Model<Label> model;
    private final String[] names;
    private final int[] columnOfFeatureId;   // Tribuo feature id -> our column
    private final int reshareOutput;         // index of the reshare class in the booster's output

    private InfectionClassifier(Model<Label> model, String[] names) {
        this.model = model;
        this.names = names;
        var ids = model.getFeatureIDMap();
        columnOfFeatureId = new int[ids.size()];
        java.util.Map<String, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) column.put(names[i], i);
        for (var info : ids) columnOfFeatureId[ids.getID(info.getName())] = column.get(info.getName());
        reshareOutput = model.getOutputIDInfo().getID(RESHARE);
    }

    /** Hyper-parameters of the trees (scenarios/cascade/infection-model.yaml). */
    public record TreeSettings(int trees, double eta, int maxDepth, double minChildWeight, double subsample,
                               double featureSubsample, double lambda, int threads) {}

    public static InfectionClassifier train(List<String> featureNames, ExposureSet data, int[] rows,
                                            TreeSettings t, long seed) {
        String[] names = columnNames(featureNames);
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("base-world exposures",
                new LabelFactory()), new LabelFactory());
        for (int r : rows) {
            ds.add(example(names, data.row(r), data.positive(r) ? RESHARE : IGNORE));
        }
        // Histogram tree method: an order of magnitude faster than exact splits at 10^4-10^5 rows, same quality.
        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(
                org.tribuo.common.xgboost.XGBoostTrainer.BoosterType.GBTREE,
                org.tribuo.common.xgboost.XGBoostTrainer.TreeMethod.HIST, t.trees(), t.eta(), 0.0, t.maxDepth(),
                t.minChildWeight(), t.subsample(), t.featureSubsample(), t.lambda(), 0.0, t.threads(),
                org.tribuo.common.xgboost.XGBoostTrainer.LoggingVerbosity.SILENT, seed);
        InfectionClassifier c = new InfectionClassifier(trainer.train(ds), names);
        c.checkFastPath(data, rows);
        return c;
    }

    /**
     * Raw P(reshare) for each row, through the trained booster on one dense matrix: Tribuo's per-example path
     * costs ~100 us a row in name lookups, too slow for scoring every follower of thousands of seed posts.
     * {@link #checkFastPath} proves at training time that both paths agree.
     */
    public double[] probabilities(List<double[]> rows) {
        int ncol = columnOfFeatureId.length;
        float[] dense = new float[rows.size() * ncol];
        for (int r = 0; r < rows.size(); r++) put(rows.get(r), dense, r * ncol);
        double[] p = new double[rows.size()];
        predict(dense, rows.size(), p, 0);
        return p;
    }

    /**
     * Raw P(reshare) of exposure rows, assembled and scored a chunk at a time: a paper-size clone has millions of
     * held-out rows, far more than fit in memory as feature rows at once.
     */
    public double[] probabilities(ExposureSet data, int[] rows) {
        int ncol = columnOfFeatureId.length;
        double[] p = new double[rows.length];
        double[] row = new double[data.width()];
        for (int from = 0; from < rows.length; from += CHUNK) {
            int n = Math.min(CHUNK, rows.length - from);
            float[] dense = new float[n * ncol];
            for (int k = 0; k < n; k++) {
                data.row(rows[from + k], row);
                put(row, dense, k * ncol);
            }
            predict(dense, n, p, from);
        }
        return p;
    }

    private void put(double[] row, float[] dense, int offset) {
        for (int id = 0; id < columnOfFeatureId.length; id++) dense[offset + id] = (float) row[columnOfFeatureId[id]];
    }

    /** Scores {@code n} dense rows into {@code out[at..at+n)}. */
    private void predict(float[] dense, int n, double[] out, int at) {
        if (n == 0) return;
        try {
            ml.dmlc.xgboost4j.java.DMatrix matrix = new ml.dmlc.xgboost4j.java.DMatrix(dense, n, columnOfFeatureId.length, Float.NaN);
            try {
                float[][] scores = booster().predict(matrix);
                for (int r = 0; r < n; r++) out[at + r] = scores[r].length == 1 ? scores[r][0] : scores[r][reshareOutput];
            } finally {
                matrix.dispose();
            }
        } catch (ml.dmlc.xgboost4j.java.XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    private ml.dmlc.xgboost4j.java.Booster booster() {
        return ((org.tribuo.common.xgboost.XGBoostModel<Label>) model).getInnerModels().get(0);
    }

    private void checkFastPath(ExposureSet data, int[] rows) {
        int k = Math.min(200, rows.length);
        List<double[]> sample = new ArrayList<>(k);
        for (int i = 0; i < k; i++) sample.add(data.row(rows[i]));
        double[] fast = probabilities(sample), slow = tribuoProbabilities(sample);
        for (int i = 0; i < k; i++) {
            if (Math.abs(fast[i] - slow[i]) > 1e-5) {
                throw new IllegalStateException("booster and Tribuo predictions differ on row " + i + ": " + fast[i] + " vs " + slow[i]);
            }
        }
    }

    /** Raw P(reshare) through Tribuo's own prediction path (the reference for the fast path). */
    double[] tribuoProbabilities(List<double[]> rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (double[] r : rows) {
            examples.add(example(names, r, IGNORE));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            Label score = predictions.get(i).getOutputScores().get(RESHARE.getLabel());
            p[i] = score == null ? 0 : score.getScore();
        }
        return p;
    }

    private static Example<Label> example(String[] names, double[] values, Label label) {
        return new ArrayExample<>(label, names, values);
    }

    private static String[] columnNames(List<String> featureNames) {
        String[] names = new String[featureNames.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = String.format("%03d_%s", i, featureNames.get(i));
        }
        return names;
    }
}
