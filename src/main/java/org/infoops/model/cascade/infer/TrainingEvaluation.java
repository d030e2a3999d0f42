package org.infoops.model.cascade.infer;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.infoops.learn.RocAuc;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseWorld;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * ROC AUC of the raw tree scores per {@link TestSet} (the paper's Fig 5A), beside the AUC of the generator's true
 * probabilities on the same rows. Period II rows come from the held-out 80% (the other 20% trained); Period III
 * rows are all unseen.
 */
final class TrainingEvaluation {
    private TrainingEvaluation() {}

    static Map<TestSet, TrainedInfection.Evaluation> of(BaseWorld world, ExposureSet data, TrainingSplit split,
                                                        double[] trainScores, double[] heldOutScores, double[] lateScores) {
        Map<TestSet, TrainedInfection.Evaluation> eval = new EnumMap<>(TestSet.class);
        eval.put(TestSet.TRAIN, evaluate(TestSet.TRAIN, world, data, split.train(), trainScores));
        eval.put(TestSet.HELD_OUT_I_II, evaluate(TestSet.HELD_OUT_I_II, world, data, split.heldOut(), heldOutScores));
        List<BasePost> posts = world.posts();
        for (TestSet set : TestSet.byPostTime()) {
            boolean early = set == TestSet.PERIOD_II;
            int[] rows = early ? split.heldOut() : split.late();
            double[] scores = early ? heldOutScores : lateScores;
            IntArrayList chosen = new IntArrayList();
            for (int k = 0; k < rows.length; k++) {
                if (set.posts.test(posts.get(data.postIndex(rows[k])))) chosen.add(k);
            }
            int[] setRows = new int[chosen.size()];
            double[] setScores = new double[chosen.size()];
            for (int i = 0; i < setRows.length; i++) {
                setRows[i] = rows[chosen.getInt(i)];
                setScores[i] = scores[chosen.getInt(i)];
            }
            eval.put(set, evaluate(set, world, data, setRows, setScores));
        }
        return eval;
    }

    private static TrainedInfection.Evaluation evaluate(TestSet set, BaseWorld world, ExposureSet data, int[] rows, double[] scores) {
        boolean[] labels = labels(data, rows);
        long pos = 0;
        for (boolean b : labels) if (b) pos++;
        double[] truth = oracle(world, data, rows);
        return new TrainedInfection.Evaluation(set, labels.length, pos, RocAuc.of(scores, labels),
                truth == null ? Double.NaN : RocAuc.of(truth, labels));
    }

    static boolean[] labels(ExposureSet data, int[] rows) {
        boolean[] l = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) l[k] = data.positive(rows[k]);
        return l;
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
}
