package org.infoops.scenario.troll;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.learn.Method;
import org.infoops.model.troll.TrollParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mixture grid on the troll world, on a tiny world: real vs fitted world, AUC and attacks avoided per cell. */
class TrollMixturesTest {
    static TrollScenario tiny() {
        TrollScenario s = new ScenarioLoader().load("troll/small", TrollScenario.class).withRuns(1);
        TrollParameters.World w = s.parameters().world();
        return s.withParameters(s.parameters().withWorld(new TrollParameters.World(400, 8, w.subreddits(), w.narratives(), w.keywords(), 60, 30)));
    }

    @Test
    void gridOnARealAndAFittedWorld(@TempDir Path tmp) throws Exception {
        TrollMixtures a = new TrollMixtures(tiny(), List.of(0.0, 1.0), List.of(Method.BOOSTED_TREES));
        a.run(x -> { });
        assertEquals(3, a.cells().size(), "(0, 1), (1, 0), (1, 1)");
        TrollMixtures.Reference ref = a.references().get(0);
        assertTrue(ref.realRows() > 0 && ref.syntheticRows() > 0, "both worlds give training posts");
        for (TrollMixtures.Cell c : a.cells()) {
            assertTrue(c.auc() > 0.5 && c.auc() <= 1, "the predictor learns the bots' reaction: " + c);
            assertEquals(ref.none() - c.attacks(), c.avoided());
            assertTrue(c.attacks() >= ref.perfect() - 5, "no classifier beats perfect predictions by much: " + c + " " + ref);
        }
        TrollMixtures b = new TrollMixtures(tiny(), List.of(0.0, 1.0), List.of(Method.BOOSTED_TREES));
        b.run(x -> { });
        assertEquals(a.cells(), b.cells(), "same seed, same grid");
        Path out = tmp.resolve("troll-mixtures");
        a.write(out);
        for (String f : List.of("troll_mixtures.csv", "troll_mixtures_runs.csv", "references.csv", "auc.png", "avoided.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(1 + 3, Files.readAllLines(out.resolve("troll_mixtures.csv")).size());
    }
}
