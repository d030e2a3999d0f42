package org.infoops.scenario.cascade;

import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.EmbeddingCache;
import org.infoops.model.cascade.infer.InfectionModelSettings;
import org.infoops.model.cascade.infer.TestSet;
import org.infoops.model.cascade.infer.TextEmbedder;
import org.infoops.model.cascade.infer.TrainedInfection;
import org.infoops.model.cascade.infer.TrainingPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The documented base-history CSV schema: written and read back unchanged, bad rows named, and trained on alike. */
class BaseWorldFilesTest {
    @Test
    void csvRoundTripKeepsPostsAndReshares(@TempDir Path dir) throws Exception {
        BaseWorld w = new BaseWorldGenerator(BaseWorldSettings.defaults().withSize(5, 400, 4, 15)).generate();
        BaseWorldFiles.write(w, dir);
        BaseWorld back = BaseWorldFiles.read(dir);
        assertEquals(w.posts(), back.posts());
        assertEquals(w.retweets(), back.retweets());
        assertEquals(w.topics(), back.topics());
        assertTrue(Files.readAllLines(dir.resolve("retweet_table.csv")).get(0).equals("author,retweeter,count"));
    }

    @Test
    void badCsvNamesFileLineColumnAndAllowed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("posts.csv"), "post_id,author,time,period,topic,text\n1,2,3.5,IV,0,hello\n");
        Files.writeString(dir.resolve("retweets.csv"), "post_id,retweeter,time,parent_user,quote\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseWorldFiles.read(dir));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("period = 'IV'")
                && e.getMessage().contains("I, II or III"), e.getMessage());
    }

    /** Same seed, same model; and the CSV schema path (as for real data) trains exactly the same model. */
    @Test
    void sameSeedSameModelAlsoFromTheCsvSchema(@TempDir Path dir) throws Exception {
        // a tiny world keeps this cheap: determinism does not need a good model
        BaseWorld tiny = new BaseWorldGenerator(BaseWorldSettings.defaults().withSize(12, 300, 3, 12).withSourceUserPosts(60)).generate();
        InfectionModelSettings s = InfectionModelSettings.defaults().withEmbedder("hashed").withTrees(15);
        TrainedInfection one = TrainingPipeline.run(tiny, s, new EmbeddingCache(TextEmbedder.named("hashed")));
        BaseWorldFiles.write(tiny, dir);
        BaseWorld read = BaseWorldFiles.read(dir);
        assertFalse(read.synthetic(), "a world read from CSV carries no hidden truth");
        TrainedInfection two = TrainingPipeline.run(read, s, new EmbeddingCache(TextEmbedder.named("hashed")));
        assertEquals(one.evaluations().get(TestSet.PERIOD_III).auc(), two.evaluations().get(TestSet.PERIOD_III).auc());
        assertArrayEquals(one.calibration().coefficients(), two.calibration().coefficients());
    }
}
