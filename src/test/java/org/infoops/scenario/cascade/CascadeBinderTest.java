package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioLoader;

import org.infoops.scenario.ScenarioException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict cascade scenarios: paper defaults load, bad values are named with what is allowed; a small run writes every file. */
class CascadeBinderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void embeddedScenariosLoadWithThePaperValues() {
        CascadeScenario base = loader.load("cascade/base", CascadeBinder.Loaded.class).scenario();
        assertEquals(1000, base.trials());
        assertEquals(10000, base.network().size());
        assertEquals(0.20, base.countermeasures().inoculationReduction());
        assertEquals("topic-affinity", base.infection().model());
        CascadeScenario stat = loader.load("cascade/static", CascadeBinder.Loaded.class).scenario();
        assertEquals(new CascadeInfectionModels.StaticSettings(0.05), stat.infection().settings());
    }

    private String error(String yaml) {
        return assertThrows(ScenarioException.class, () -> loader.parse(yaml, "test", java.nio.file.Path.of(""), CascadeBinder.Loaded.class)).getMessage();
    }

    @Test
    void errorsNameTheFieldTheValueAndWhatIsAllowed() {
        String e = error("name: x\nmodel: cascade\ninfection: {model: magic}\n");
        assertTrue(e.contains("infection.model") && e.contains("'magic'") && e.contains("static, topic-affinity"), e);
        e = error("name: x\nmodel: cascade\ninfection: {model: static, rate: 1.5}\n");
        assertTrue(e.contains("infection") && e.contains("1.5") && e.contains("0 to 1"), e);
        e = error("name: x\nmodel: cascade\ntrials: 0\n");
        assertTrue(e.contains("trials 0") && e.contains("1 or more"), e);
        e = error("name: x\nmodel: cascade\nnetwork: {sise: 10}\n");
        assertTrue(e.contains("network.sise") && e.contains("allowed keys under network"), e);
        e = error("name: x\nmodel: cascade\nanalyses: [cascade, movies]\n");
        assertTrue(e.contains("analyses[1]") && e.contains("'movies'") && e.contains("inoculation"), e);
        e = error("name: x\nmodel: cascade\nnetwork: {from: retweets}\n");
        assertTrue(e.contains("network.retweets") && e.contains("author,retweeter,count"), e);
        e = error("name: x\nmodel: cascade\ncountermeasures: {inoculationFractions: [0.5, 2]}\n");
        assertTrue(e.contains("countermeasures") && e.contains("2.0") && e.contains("0 to 1"), e);
    }

    @Test
    void smallRunWritesEveryFigureAtomically(@TempDir Path out) throws Exception {
        var loaded = loader.load("cascade/small", CascadeBinder.Loaded.class);
        CascadeScenario s = loaded.scenario().withTrials(50);
        CascadeStudy.Outcome o = CascadeRun.runAndWrite(loaded, s, out, 2, new TrainedModelCache());
        for (String f : new String[] {"layers.csv", "layers.png", "trials.csv", "communities.csv", "communities.png",
                "pathways.csv", "pathways.png", "spreaders.csv", "blocking.csv", "blocking.png", "inoculation.csv",
                "inoculation.png", "topics.csv", "topics.png", "summary.json"}) {
            assertTrue(Files.size(out.resolve("small").resolve(f)) > 0, f);
        }
        assertEquals(51, Files.readAllLines(out.resolve("small/trials.csv")).size());
        double sum = 0;
        for (double[] row : o.base().pathwayFractions()) for (double x : row) sum += x;
        assertEquals(1.0, sum, 1e-9);
        try (var list = Files.list(out)) {
            assertEquals(1, list.count(), "no staging leftovers");
        }
    }

    @Test
    void retweetTableScenarioBuildsTheCloneFromCsv(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rt.csv"), "author,retweeter,count\n1,2,3\n1,3,1\n2,3,2\n3,4,1\n9,8,1\n");
        Files.writeString(dir.resolve("s.yaml"), "name: csv\nmodel: cascade\nnetwork: {from: retweets, retweets: rt.csv, size: 4}\n"
                + "source: {user: 1, text: hi}\n");
        var loaded = loader.load(dir.resolve("s.yaml").toString(), CascadeBinder.Loaded.class);
        var world = CascadeWorlds.world(loaded.scenario(), loaded.baseDirectory(), new TrainedModelCache());
        assertEquals(4, world.network().nodeCount());
        assertEquals(1L, world.network().userId(world.sourceNode()));
        Files.writeString(dir.resolve("qm.csv"), "user_id,quote_probability\n2,0.5\n3,1\n99,0.7\n");
        Files.writeString(dir.resolve("s.yaml"), "name: csv\nmodel: cascade\nnetwork: {from: retweets, retweets: rt.csv, size: 4}\n"
                + "source: {user: 1, text: hi}\nquotes: {file: qm.csv}\n");
        var quoted = loader.load(dir.resolve("s.yaml").toString(), CascadeBinder.Loaded.class);
        var qworld = CascadeWorlds.world(quoted.scenario(), quoted.baseDirectory(), new TrainedModelCache());
        float[] qm = CascadeWorlds.setup(quoted.scenario(), qworld, quoted.baseDirectory(), new TrainedModelCache()).quoteProbability();
        for (int u = 0; u < 4; u++) {
            long id = qworld.network().userId(u);
            assertEquals(id == 2 ? 0.5f : id == 3 ? 1f : 0f, qm[u], "QM of user " + id);
        }
        Files.writeString(dir.resolve("qm.csv"), "user_id,quote_probability\n2,1.5\n");
        String q = assertThrows(ScenarioException.class, () -> CascadeWorlds.setup(quoted.scenario(), qworld, quoted.baseDirectory(), new TrainedModelCache())).getMessage();
        assertTrue(q.contains("quotes.file") && q.contains("1.5") && q.contains("0 to 1"), q);
        Files.writeString(dir.resolve("s.yaml"), "name: csv\nmodel: cascade\nnetwork: {from: retweets, retweets: rt.csv}\nsource: {user: 77, text: hi}\n");
        var bad = loader.load(dir.resolve("s.yaml").toString(), CascadeBinder.Loaded.class);
        String e = assertThrows(ScenarioException.class, () -> CascadeWorlds.world(bad.scenario(), bad.baseDirectory(), new TrainedModelCache())).getMessage();
        assertTrue(e.contains("source user 77"), e);
    }
}
