package org.infoops.scenario.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.CalibratedInfectionModel;
import org.infoops.model.cascade.infer.DigitalClone;
import org.infoops.model.cascade.infer.EmbeddingCache;
import org.infoops.model.cascade.infer.InfectionModelSettings;
import org.infoops.model.cascade.infer.TextEmbedder;
import org.infoops.model.cascade.infer.TrainingPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trained calibrated model saved to the cache and loaded back scores exactly as the freshly trained one. */
class TrainedModelCacheTest {
    static final BaseWorldSettings WORLD = BaseWorldSettings.defaults().withSize(13, 300, 3, 12).withSourceUserPosts(60);
    static final InfectionModelSettings MODEL = InfectionModelSettings.defaults().withEmbedder("hashed").withTrees(15);

    @Test
    void loadedModelGivesTheFreshProbabilities(@TempDir Path cache) throws Exception {
        TrainedModelCache models = new TrainedModelCache();
        TrainedModelCache.Ready fresh = models.obtain(WORLD, MODEL, cache);
        assertEquals(TrainedModelCache.Origin.TRAINED, fresh.origin());
        Path file = cache.resolve("calibrated-" + fresh.key() + ".model");
        assertTrue(Files.size(file) > 1000, "model file written");
        assertTrue(Files.exists(cache.resolve("embeddings-hashed.bin")));
        try (var names = Files.list(cache)) {
            assertTrue(names.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
        }

        // a new process's view: rebuild the clone from the settings and load the file
        BaseHistory history = new BaseHistory(new BaseWorldGenerator(WORLD).generate());
        DigitalClone clone = TrainingPipeline.clone(history, MODEL);
        CalibratedInfectionModel loaded = TrainedModelCache.load(file, fresh.key(), clone,
                new EmbeddingCache(TextEmbedder.named("hashed")), MODEL.alpha());
        int author = fresh.digitalClone().node(history.posts().get(fresh.digitalClone().sourcePost()).author());
        for (String text : new String[] {"Breaking: the vaccine makers covered up the trial results. Wake up, people!",
                "My grandmother perfected the best lemon chicken. Thoughts?"}) {
            CascadePost post = new CascadePost(777, author, text, -1);
            float[] a = fresh.model().byFollower(post), b = loaded.byFollower(post);
            assertArrayEquals(a, b, 0f);
            double sum = 0;
            for (float p : a) sum += p;
            assertTrue(sum > 0, "the model must give some positive probabilities");
        }
        assertArrayEquals(fresh.model().forPost(new CascadePost(5, author, "x y z", -1), fresh.digitalClone().network()),
                loaded.forPost(new CascadePost(5, author, "x y z", -1), clone.network()), 0f);

        // the same settings in this process come from memory; another alpha reuses the trained model
        assertSame(fresh.model(), models.obtain(WORLD, MODEL, cache).model());
        assertEquals(TrainedModelCache.Origin.MEMORY, models.obtain(WORLD, MODEL, cache).origin());
        assertNull(TrainedModelCache.load(file, "another-key", clone, new EmbeddingCache(TextEmbedder.named("hashed")), 3.0));

        // another owner (a new process) through obtain(): read from disk, same probabilities, alpha applied at load
        var written = Files.getLastModifiedTime(file);
        TrainedModelCache.Ready fromDisk = new TrainedModelCache().obtain(WORLD, MODEL, cache);
        assertEquals(TrainedModelCache.Origin.DISK, fromDisk.origin());
        CascadePost post = new CascadePost(9, author, "Breaking: the 5G towers are weakening our immune systems. Wake up, people!", -1);
        assertArrayEquals(fresh.model().byFollower(post), fromDisk.model().byFollower(post), 0f);
        assertEquals(written, Files.getLastModifiedTime(file), "loading must not retrain and rewrite the model");
    }
}
