package org.infoops.model.cascade.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.infoops.model.cascade.base.BaseWorldSettings;
import org.junit.jupiter.api.Test;

/** The key of a trained model follows what determines the training, and nothing else. */
class TrainedModelStoreTest {
    static final BaseWorldSettings WORLD = BaseWorldSettings.defaults().withSize(13, 300, 3, 12).withSourceUserPosts(60);
    static final InfectionModelSettings MODEL = InfectionModelSettings.defaults().withEmbedder("hashed").withTrees(15);

    @Test
    void keyFollowsTrainingSettingsButNotAlpha() {
        String k = TrainedModelStore.key(WORLD, MODEL);
        assertEquals(k, TrainedModelStore.key(WORLD, MODEL.withAlpha(1.5)));
        assertNotEquals(k, TrainedModelStore.key(WORLD, MODEL.withTrainNegativeRate(MODEL.trainNegativeRate() / 2)));
        assertNotEquals(k, TrainedModelStore.key(WORLD, MODEL.withTrees(16)));
        assertNotEquals(k, TrainedModelStore.key(WORLD, MODEL.withEmbedder("minilm")));
        assertNotEquals(k, TrainedModelStore.key(WORLD.withSize(14, 300, 3, 12), MODEL));
    }
}
