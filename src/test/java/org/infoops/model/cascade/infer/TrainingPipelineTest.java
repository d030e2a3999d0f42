package org.infoops.model.cascade.infer;

import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The whole pipeline on a small synthetic world with the fast hashed encoder (MiniLM is tested in EmbeddingTest). */
class TrainingPipelineTest {
    static BaseWorld world;
    static TrainedInfection trained;

    static BaseWorld smallWorld() {
        return new BaseWorldGenerator(BaseWorldSettings.defaults().withSize(11, 600, 4, 15).withSourceUserPosts(200)).generate();
    }

    static InfectionModelSettings fastSettings() {
        return InfectionModelSettings.defaults().withEmbedder("hashed").withTrees(60);
    }

    @BeforeAll
    static void train() {
        world = smallWorld();
        trained = TrainingPipeline.run(world, fastSettings(), new EmbeddingCache(TextEmbedder.named("hashed")));
    }

    @Test
    void treesLearnTheHiddenRuleBeyondChanceOnLaterPeriods() {
        var eval = trained.evaluations();
        assertTrue(eval.get(TestSet.TRAIN).auc() > eval.get(TestSet.PERIOD_III).auc(), "training AUC above test AUC");
        assertTrue(eval.get(TestSet.PERIOD_III).auc() > 0.6, "Period III AUC " + eval.get(TestSet.PERIOD_III).auc());
        assertTrue(eval.get(TestSet.PERIOD_III).positives() > 50);
        assertTrue(eval.get(TestSet.PERIOD_III).oracleAuc() > 0.6, "the hidden rule itself separates reshares");
    }

    @Test
    void batchedForPostEqualsPerEdgeProbabilitiesAndStaysInUnitRange() {
        CalibratedInfectionModel model = trained.model();
        SpreadNetwork net = model.network();
        BasePost seed = trained.history().posts().get(trained.network().sourcePost());
        CascadePost post = new CascadePost(seed.postId(), trained.network().node(seed.author()), seed.text(), seed.topic());
        float[] batch = model.forPost(post, net);
        assertEquals(net.edgeCount(), batch.length);
        CalibratedInfectionModel fresh = model.withAlpha(model.alpha());
        for (int e = 0; e < net.edgeCount(); e += 41) {
            assertEquals(batch[e], fresh.probability(post, e), 1e-6, "edge " + e);
            assertTrue(batch[e] >= 0 && batch[e] <= 1);
        }
        assertArrayEquals(batch, model.forPost(post, net), "cached per post strain");
        float[] doubled = model.withAlpha(2 * model.alpha()).forPost(post, net);
        for (int e = 0; e < batch.length; e += 7) {
            assertEquals(Math.min(1, 2 * batch[e]), doubled[e], 1e-5, "alpha scales linearly up to the cap");
        }
    }

    @Test
    void probabilitiesDependOnTheTextAndTheFollower() {
        CalibratedInfectionModel model = trained.model();
        int author = trained.network().node(trained.history().posts().get(trained.network().sourcePost()).author());
        float[] vaccine = model.byFollower(new CascadePost(-1, author,
                "Breaking: big pharma covered up the real injury numbers. Share before they delete this!", 0));
        float[] cooking = model.byFollower(new CascadePost(-2, author, "My grandmother makes a warm apple pie. Thoughts?", 6));
        double diff = 0, spread = 0;
        for (int v = 0; v < vaccine.length; v++) {
            diff += Math.abs(vaccine[v] - cooking[v]);
            spread += Math.abs(vaccine[v] - vaccine[0]);
        }
        assertTrue(diff > 0, "text changes probabilities");
        assertTrue(spread > 0, "followers differ");
    }

    /** Regression: on the synthetic base world the model-driven ABM beats the static baseline (Fig 7A). */
    @Test
    void modelDrivenAbmBeatsStaticBaselineOnCommunityMae() {
        CloneValidation.Communities c = CloneValidation.communities(trained, 300, 5, 2);
        assertTrue(c.modelMae() < c.staticMae(), "model MAE " + c.modelMae() + " vs static " + c.staticMae());
        assertEquals(trained.network().network().communityCount(), c.observed().length);
        CloneValidation.Communities again = CloneValidation.communities(trained, 300, 5, 1);
        assertArrayEquals(c.model(), again.model(), 1e-12, "same seed, any thread count, same rates");
    }

    /** Fig 6A: first-layer ABM predictions correlate with recorded infections across users (log space). */
    @Test
    void firstLayerPredictionsTrackRecordedInfectionsAcrossUsers() {
        CloneValidation.Figure6 f = CloneValidation.figure6(trained, 300, 100, 100, 5, 2);
        assertTrue(f.acrossFit().n() >= 100);
        assertTrue(f.acrossFit().pearson() > 0.4, "log-space Pearson " + f.acrossFit().pearson());
        assertTrue(f.sourceUser().stream().allMatch(p -> p.author() == trained.history().sourceUser()));
        for (var p : f.acrossUsers()) assertTrue(p.predicted() >= 0 && p.predicted() <= p.followers());
    }

    @Test
    void badSettingsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InfectionModelSettings.defaults().withEmbedder("bert"));
        assertTrue(e.getMessage().contains("embedder: 'bert'") && e.getMessage().contains("minilm, hashed"));
    }
}
