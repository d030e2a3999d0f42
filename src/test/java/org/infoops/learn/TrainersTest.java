package org.infoops.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainersTest {
    static final FeatureSchema SCHEMA = FeatureSchema.of("hour", "popularity", "noise");

    /** Attack when popularity is high and the post is in the evening: a rule neither model is told. */
    static List<Example> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double hour = r.nextInt(24);
            double pop = 1000 * r.nextDouble();
            boolean attack = (pop > 600 && hour >= 18) ^ (r.nextDouble() < 0.01);
            out.add(new Example(new double[] {hour, pop, r.nextGaussian()}, attack));
        }
        return out;
    }

    @Test
    void xgboostLoadsAndLearnsAnInteraction() {
        ProbabilisticClassifier c = Trainers.centralised(SCHEMA, rows(800, 1), Method.BOOSTED_TREES, 7);
        double auc = RocAuc.of(c, rows(400, 2));
        assertTrue(auc > 0.9, "XGBoost AUC " + auc);
    }

    @Test
    void logisticLearnsTheDirection() {
        ProbabilisticClassifier c = Trainers.centralised(SCHEMA, rows(800, 1), Method.LOGISTIC, 7);
        double auc = RocAuc.of(c, rows(400, 2));
        assertTrue(auc > 0.85, "logistic AUC " + auc);
    }

    @Test
    void sameSeedSameModel() {
        List<Example> train = rows(300, 3);
        for (Method m : Method.values()) {
            ProbabilisticClassifier a = Trainers.localOnly(SCHEMA, train, m, 11);
            ProbabilisticClassifier b = Trainers.localOnly(SCHEMA, train, m, 11);
            for (Example e : rows(50, 4)) {
                assertEquals(a.probability(e.features()), b.probability(e.features()), 0.0, m.toString());
            }
        }
    }

    @Test
    void batchScoresEqualRowByRowScores() {
        List<Example> test = rows(60, 8);
        for (Method m : Method.values()) {
            ProbabilisticClassifier c = Trainers.centralised(SCHEMA, rows(300, 9), m, 5);
            double[] batch = c.probabilities(test);
            for (int i = 0; i < test.size(); i++) {
                assertEquals(c.probability(test.get(i).features()), batch[i], 1e-6, m + " row " + i);
            }
        }
    }

    @Test
    void oneClassGivesTheSmoothedRate() {
        List<Example> negatives = rows(200, 5).stream().map(e -> new Example(e.features(), false)).toList();
        ProbabilisticClassifier c = Trainers.localOnly(SCHEMA, negatives, Method.BOOSTED_TREES, 1);
        assertInstanceOf(ConstantClassifier.class, c);
        assertEquals(1.0 / 202, c.probability(new double[] {1, 2, 3}), 1e-15);
    }
}
