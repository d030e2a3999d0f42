package org.infoops.scenario.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.infoops.model.cascade.infer.TestSet;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioRunException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training pipeline without a command line: settings in, a trained model and a complete directory out. */
class InfectionModelTrainingTest {
    @Test
    void trainsAndWritesTheFiguresOfTheBaseHistory(@TempDir Path dir) throws Exception {
        var settings = new InfectionModelTraining.Settings(InfectionModelTraining.worldSettings(null, 300, 3L), null,
                InfectionModelTraining.modelSettings(null, "hashed"), dir.resolve("cache"), 1, null);
        List<String> progress = new ArrayList<>();
        InfectionModelTraining.Result r = InfectionModelTraining.run(settings, dir.resolve("out"), progress::add);
        assertNull(r.validated());
        assertEquals(300, r.world().userCount());
        assertTrue(r.trained().evaluations().containsKey(TestSet.PERIOD_III));
        assertTrue(progress.get(0).startsWith("base history: 300 users"), progress.toString());
        for (String f : new String[] {"auc.csv", "calibration.csv", "calibration_coefficients.csv", "base-world/posts.csv"}) {
            assertTrue(Files.exists(r.out().resolve(f)), f);
        }
        assertTrue(Files.exists(dir.resolve("cache/embeddings-hashed.bin")));
    }

    @Test
    void badSettingsAreScenarioErrorsAndBadDataFailsTheRun(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> InfectionModelTraining.worldSettings(null, 5, null));
        assertTrue(e.getMessage().contains("users: 5"), e.getMessage());
        var settings = new InfectionModelTraining.Settings(InfectionModelTraining.worldSettings(null, null, null), dir.resolve("none"),
                InfectionModelTraining.modelSettings(null, "hashed"), dir.resolve("cache"), 1, null);
        assertThrows(ScenarioRunException.class, () -> InfectionModelTraining.run(settings, dir.resolve("out"), line -> {}));
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is written when the run fails");
    }
}
