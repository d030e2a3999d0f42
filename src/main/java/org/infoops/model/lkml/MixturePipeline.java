package org.infoops.model.lkml;

import java.util.ArrayList;
import java.util.List;
import org.infoops.kernel.RandomStreams;
import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Example;
import org.infoops.learn.LogisticSettings;
import org.infoops.learn.Method;
import org.infoops.learn.PredictionScores;
import org.infoops.learn.ProbabilisticClassifier;
import org.infoops.learn.RocAuc;
import org.infoops.learn.Trainers;
import org.infoops.learn.TrainingMixtures;

/**
 * The synthetic-data experiment for one seed, from a message log to scores (§4): fit the world on the log's
 * window, build the synthetic pools ({@link SyntheticPools}), then for each configuration, learner and grid cell
 * train the reversal classifier (Tribuo) on the cell's mixture and score it on the held-out real patches by KS D,
 * RMSE ({@link PredictionScores}) and ROC AUC. Its only input about the real history is the log.
 */
public final class MixturePipeline {
    /** One trained classifier's scores. */
    public record CellResult(Configuration configuration, Method method, long seed, double realShare, double syntheticShare,
                             int rows, int positives, double ksD, double rmse, double auc) {}

    /** Sizes of the pools, for the summary. */
    public record PoolSizes(int real, int realPositives, int test, int testPositives, int configurationI,
                            int configurationIPositives, int configurationII, int configurationIIPositives, long simulatedMessages) {}

    public record SeedResult(long seed, PoolSizes pools, List<CellResult> cells) {}

    private MixturePipeline() {
    }

    public static SeedResult run(MessageLog log, LkmlParameters p, List<Double> shares, List<Method> methods,
                                 List<Configuration> configurations, long seed) {
        SyntheticPools pools = SyntheticPools.build(log.canonical(), p, seed);
        RandomStreams streams = new RandomStreams(seed).child("lkml-mixtures");
        List<Example> test = PatchTable.examples(pools.test());
        boolean[] outcome = new boolean[test.size()];
        for (int i = 0; i < outcome.length; i++) outcome[i] = test.get(i).positive();
        List<Example> real = TrainingMixtures.shuffled(PatchTable.examples(pools.real()), streams.stream("real"));
        List<CellResult> out = new ArrayList<>();
        for (Configuration c : configurations) {
            List<Example> synthetic = TrainingMixtures.shuffled(PatchTable.examples(pools.synthetic(c)), streams.stream("synthetic", c.ordinal()));
            for (Method m : methods) {
                for (TrainingMixtures.Cell cell : TrainingMixtures.grid(shares)) {
                    List<Example> rows = TrainingMixtures.mixture(real, synthetic, cell);
                    if (rows.isEmpty()) continue; // a share of an empty pool
                    int positives = (int) rows.stream().filter(Example::positive).count();
                    ProbabilisticClassifier model = Trainers.train(DiscussionTracker.SCHEMA, rows, m,
                            streams.derive("train", c.ordinal(), m.ordinal()), LogisticSettings.defaults(), BoostingSettings.defaults());
                    double[] scores = model.probabilities(test);
                    out.add(new CellResult(c, m, seed, cell.realShare(), cell.syntheticShare(), rows.size(), positives,
                            PredictionScores.ksD(scores, outcome), PredictionScores.rmse(scores, outcome), RocAuc.of(scores, outcome)));
                }
            }
        }
        return new SeedResult(seed, sizes(pools), out);
    }

    static PoolSizes sizes(SyntheticPools s) {
        return new PoolSizes(s.real().size(), positives(s.real()), s.test().size(), positives(s.test()),
                s.configurationI().size(), positives(s.configurationI()), s.configurationII().size(), positives(s.configurationII()),
                s.simulated().size());
    }

    private static int positives(List<PatchTable.Row> rows) {
        return (int) rows.stream().filter(PatchTable.Row::label).count();
    }
}
