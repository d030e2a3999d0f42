package org.infoops.model.cascade.infer;

import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Training on a sample of the non-resharing exposures ({@code trainNegativeRate}): every positive and every held-out
 * row stays, about the rate's share of the training negatives stays, and the calibration, fitted on the unsampled
 * held-out rows, still gives the true reshare rate although the trees' raw scores are biased upwards.
 */
class NegativeSamplingTest {
    static final BaseWorldSettings WORLD = BaseWorldSettings.defaults().withSize(13, 300, 3, 12).withSourceUserPosts(60);
    static final InfectionModelSettings MODEL = InfectionModelSettings.defaults().withEmbedder("hashed").withTrees(15);
    static TrainedInfection all, sampled;

    @BeforeAll
    static void train() {
        BaseWorld world = new BaseWorldGenerator(WORLD).generate();
        all = TrainingPipeline.run(world, MODEL.withTrainNegativeRate(1.0), new EmbeddingCache(TextEmbedder.named("hashed")));
        sampled = TrainingPipeline.run(world, MODEL.withTrainNegativeRate(0.25), new EmbeddingCache(TextEmbedder.named("hashed")));
    }

    @Test
    void onlyTrainingNegativesAreSampledAtTheRate() {
        var a = all.evaluations().get(TestSet.TRAIN);
        var s = sampled.evaluations().get(TestSet.TRAIN);
        assertEquals(0, all.timings().negativesDropped());
        assertEquals(a.positives(), s.positives(), "every resharing exposure trains");
        long negatives = a.rows() - a.positives(), kept = s.rows() - s.positives();
        assertEquals(negatives - kept, sampled.timings().negativesDropped());
        assertEquals(0.25, kept / (double) negatives, 0.03, "negatives kept at the rate");
        for (TestSet set : new TestSet[] {TestSet.HELD_OUT_I_II, TestSet.PERIOD_II, TestSet.PERIOD_III}) {
            assertEquals(all.evaluations().get(set).rows(), sampled.evaluations().get(set).rows(), set + " is not sampled");
            assertEquals(all.evaluations().get(set).positives(), sampled.evaluations().get(set).positives(), set.label);
        }
        assertEquals(all.timings().exposures(), sampled.timings().exposures());
    }

    @Test
    void calibrationOnUnsampledRowsKeepsTheTrueRate() {
        var heldOut = sampled.evaluations().get(TestSet.HELD_OUT_I_II);
        double rate = heldOut.positives() / (double) heldOut.rows();
        PolynomialCalibration cal = sampled.calibration();
        double[] x = cal.binScores(), y = cal.binRates();
        double raw = 0, binned = 0, calibrated = 0;
        for (int b = 0; b < x.length; b++) {
            raw += x[b] / x.length;
            binned += y[b] / x.length;
            calibrated += cal.apply(x[b]) / x.length;
        }
        assertEquals(rate, binned, 0.02 * rate, "equal-count bins of every held-out row average to its rate");
        assertEquals(rate, calibrated, 0.15 * rate, "the calibrated probabilities are unbiased");
        assertTrue(raw > 1.5 * rate, "the sampled trees over-state the rate (" + raw + " vs " + rate + "): calibration is needed");
    }

    @Test
    void samplingIsSeeded() {
        BaseWorld world = new BaseWorldGenerator(WORLD).generate();
        TrainedInfection again = TrainingPipeline.run(world, MODEL.withTrainNegativeRate(0.25), new EmbeddingCache(TextEmbedder.named("hashed")));
        assertEquals(sampled.evaluations(), again.evaluations());
        assertArrayEquals(sampled.calibration().coefficients(), again.calibration().coefficients(), 0.0);
    }

    @Test
    void rateOutOfRangeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.withTrainNegativeRate(0));
        assertTrue(e.getMessage().contains("trainNegativeRate"), e.getMessage());
    }
}
