package org.infoops.model.cascade.infer;

import org.infoops.learn.RocAuc;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The paper's infection-model pipeline on a base history (synthetic or real, same schema): clone network ->
 * post embeddings -> autoencoders (PCA) -> user features from Period I -> labelled exposures -> boosted trees on
 * a random 20% of Periods I-II exposures -> quantile/polynomial recalibration on the other 80% -> ROC AUC per
 * test set -> {@link CalibratedInfectionModel}.
 */
public final class TrainingPipeline {
    private TrainingPipeline() {}

    public static TrainedInfection run(BaseWorld world, InfectionModelSettings s, EmbeddingCache cache) {
        long t0 = System.nanoTime();
        BaseHistory history = new BaseHistory(world);
        DigitalClone clone = clone(history, s);
        long t1 = System.nanoTime();

        List<BasePost> posts = history.posts();
        List<Integer> needed = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (clone.node(posts.get(i).author()) >= 0 || posts.get(i).period() == Period.I) needed.add(i);
        }
        long[] ids = needed.stream().mapToLong(i -> posts.get(i).postId()).toArray();
        List<String> texts = needed.stream().map(i -> posts.get(i).text()).toList();
        float[][] embedded = cache.embed(ids, texts);
        float[][] raw = new float[posts.size()][];
        for (int k = 0; k < needed.size(); k++) raw[needed.get(k)] = embedded[k];
        long t2 = System.nanoTime();

        LinearAutoencoder history24 = LinearAutoencoder.fit(rows(raw, posts, Period.I), s.historyDimensions());
        LinearAutoencoder post96 = LinearAutoencoder.fit(rows(raw, posts, Period.I, Period.II), s.postDimensions());
        UserFeatures users = UserFeatures.of(history, clone, raw, history24);
        InfectionFeatures features = new InfectionFeatures(users, s.postDimensions());
        float[][] postCode = new float[posts.size()][];
        for (int i = 0; i < posts.size(); i++) {
            if (raw[i] != null) postCode[i] = post96.encode(raw[i]);
        }
        ExposureSet data = ExposureSet.of(history, clone, features, postCode,
                ExposureSet.periods(Period.I, Period.II, Period.III));
        long t3 = System.nanoTime();

        // The paper's split: a random ~20% of Periods I-II observations train, the other 80% test (and calibrate).
        UniformRandomProvider rng = new RandomStreams(s.seed()).stream("train-test-split");
        List<Integer> early = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) if (data.period(r) != Period.III) early.add(r);
        int[] shuffled = early.stream().mapToInt(Integer::intValue).toArray();
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = shuffled[i]; shuffled[i] = shuffled[j]; shuffled[j] = t;
        }
        int cut = (int) Math.round(s.trainFraction() * shuffled.length);
        int[] train = Arrays.copyOf(shuffled, cut);
        int[] heldOut = Arrays.copyOfRange(shuffled, cut, shuffled.length);
        Arrays.sort(train);
        Arrays.sort(heldOut);
        InfectionClassifier classifier = InfectionClassifier.train(features.names(), data, train, s.trees(), s.seed());
        long t4 = System.nanoTime();

        double[] heldOutScores = classifier.probabilities(data, heldOut);
        boolean[] heldOutLabels = labels(data, heldOut);
        PolynomialCalibration calibration = PolynomialCalibration.fit(heldOutScores, heldOutLabels,
                s.calibration().bins(), s.calibration().degree());
        Map<TestSet, TrainedInfection.Evaluation> eval = new EnumMap<>(TestSet.class);
        eval.put(TestSet.TRAIN, evaluate(TestSet.TRAIN, classifier.probabilities(data, train), labels(data, train),
                oracle(world, data, train)));
        eval.put(TestSet.HELD_OUT_I_II, evaluate(TestSet.HELD_OUT_I_II, heldOutScores, heldOutLabels, oracle(world, data, heldOut)));
        // Period II rows come from the held-out 80% (the other 20% trained); Period III rows are all unseen.
        double[] lateScores = null;
        int[] late = java.util.stream.IntStream.range(0, data.size()).filter(r -> data.period(r) == Period.III).toArray();
        lateScores = classifier.probabilities(data, late);
        for (TestSet set : TestSet.byPostTime()) {
            List<Double> sc = new ArrayList<>();
            List<Boolean> lb = new ArrayList<>();
            it.unimi.dsi.fastutil.ints.IntArrayList rowsOfSet = new it.unimi.dsi.fastutil.ints.IntArrayList();
            if (set == TestSet.PERIOD_II) {
                for (int k = 0; k < heldOut.length; k++) {
                    if (set.posts.test(posts.get(data.postIndex(heldOut[k])))) {
                        sc.add(heldOutScores[k]);
                        lb.add(heldOutLabels[k]);
                        rowsOfSet.add(heldOut[k]);
                    }
                }
            } else {
                for (int k = 0; k < late.length; k++) {
                    if (set.posts.test(posts.get(data.postIndex(late[k])))) {
                        sc.add(lateScores[k]);
                        lb.add(data.positive(late[k]));
                        rowsOfSet.add(late[k]);
                    }
                }
            }
            boolean[] l = new boolean[lb.size()];
            for (int k = 0; k < l.length; k++) l[k] = lb.get(k);
            eval.put(set, evaluate(set, sc.stream().mapToDouble(Double::doubleValue).toArray(), l,
                    oracle(world, data, rowsOfSet.toIntArray())));
        }
        long t5 = System.nanoTime();

        CalibratedInfectionModel model = new CalibratedInfectionModel(clone.network(), features, classifier,
                calibration, post96, cache, s.alpha());
        var timings = new TrainedInfection.Timings(sec(t0, t1), sec(t1, t2), sec(t2, t3), sec(t3, t4), sec(t4, t5), ids.length);
        return new TrainedInfection(history, clone, model, classifier, calibration, eval, timings);
    }

    /** N_A of a base history with these settings (deterministic: a saved model is re-attached to the same clone). */
    public static DigitalClone clone(BaseHistory history, InfectionModelSettings s) {
        return DigitalClone.of(history, s.network().size(), s.network().leidenResolution(),
                s.network().leidenIterations(), s.seed());
    }

    private static float[][] rows(float[][] raw, List<BasePost> posts, Period... periods) {
        List<Period> ps = List.of(periods);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (raw[i] != null && ps.contains(posts.get(i).period())) out.add(raw[i]);
        }
        return out.toArray(new float[0][]);
    }

    private static boolean[] labels(ExposureSet data, int[] rows) {
        boolean[] l = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) l[k] = data.positive(rows[k]);
        return l;
    }

    private static TrainedInfection.Evaluation evaluate(TestSet set, double[] scores, boolean[] labels, double[] truth) {
        long pos = 0;
        for (boolean b : labels) if (b) pos++;
        return new TrainedInfection.Evaluation(set, labels.length, pos, RocAuc.of(scores, labels),
                truth == null ? Double.NaN : RocAuc.of(truth, labels));
    }

    /** The generator's true reshare probability per row, or null for real data. */
    private static double[] oracle(BaseWorld world, ExposureSet data, int[] rows) {
        if (world.hiddenRule() == null) return null;
        double[] p = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            p[k] = world.hiddenRule().probability(data.postIndex(rows[k]), (int) data.follower(rows[k]));
        }
        return p;
    }

    private static double sec(long from, long to) {
        return (to - from) / 1e9;
    }
}
