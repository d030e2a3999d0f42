package org.infoops.model.cascade.infer;

import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The paper's infection-model pipeline on a base history (synthetic or real, same schema): clone network ->
 * post embeddings -> autoencoders (PCA) -> user features from Period I -> labelled exposures -> boosted trees on
 * a random 20% of Periods I-II exposures (negatives subsampled, {@link TrainingSplit}) -> quantile/polynomial
 * recalibration on the other 80% -> ROC AUC per test set -> {@link CalibratedInfectionModel}.
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

        TrainingSplit split = TrainingSplit.of(data, s.trainFraction(), s.trainNegativeRate(), new RandomStreams(s.seed()));
        InfectionClassifier classifier = InfectionClassifier.train(features.names(), data, split.train(), s.trees(), s.seed());
        long t4 = System.nanoTime();

        // calibrated on every held-out row, none sampled away, so the bins' rates are unbiased (see TrainingSplit)
        double[] heldOutScores = classifier.probabilities(data, split.heldOut());
        PolynomialCalibration calibration = PolynomialCalibration.fit(heldOutScores,
                TrainingEvaluation.labels(data, split.heldOut()), s.calibration().bins(), s.calibration().degree());
        Map<TestSet, TrainedInfection.Evaluation> eval = TrainingEvaluation.of(world, data, split,
                classifier.probabilities(data, split.train()), heldOutScores, classifier.probabilities(data, split.late()));
        long t5 = System.nanoTime();

        CalibratedInfectionModel model = new CalibratedInfectionModel(clone.network(), features, classifier,
                calibration, post96, cache, s.alpha());
        var timings = new TrainedInfection.Timings(sec(t0, t1), sec(t1, t2), sec(t2, t3), sec(t3, t4), sec(t4, t5), ids.length,
                data.size(), split.train().length, split.negativesDropped());
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

    private static double sec(long from, long to) {
        return (to - from) / 1e9;
    }
}
