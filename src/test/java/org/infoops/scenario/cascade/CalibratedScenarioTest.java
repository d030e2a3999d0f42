package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioLoader;

import org.infoops.scenario.ScenarioException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.model.cascade.CountermeasureSweeps;
import org.infoops.model.cascade.infer.CalibratedInfectionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code calibrated} cascade scenario on a small base world loads, runs on the clone the model was trained on,
 * and blocking more top spreaders does not increase mean infections under the calibrated model (Fig 8A).
 */
class CalibratedScenarioTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static String resource(String name) throws Exception {
        try (InputStream in = CalibratedScenarioTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A 600-user base world and 40 trees: the same files as the paper runs, made small for a test. */
    private static void writeSmallSettings(Path dir) throws Exception {
        String world = resource("scenarios/cascade/base-world.yaml")
                .replaceFirst("(?m)^seed: \\d+", "seed: 11").replaceFirst("(?m)^users: \\d+", "users: 600")
                .replaceFirst("(?m)^communities: \\d+", "communities: 4").replaceFirst("(?m)^sourceUserPosts: \\d+", "sourceUserPosts: 200");
        String model = resource("scenarios/cascade/infection-model.yaml").replaceFirst("(?m)^  trees: \\d+", "  trees: 40");
        assertTrue(world.contains("users: 600") && model.contains("trees: 40"));
        Files.writeString(dir.resolve("world.yaml"), world);
        Files.writeString(dir.resolve("model.yaml"), model);
    }

    @Test
    void calibratedScenarioRunsAndBlockingNeverIncreasesInfections(@TempDir Path dir) throws Exception {
        writeSmallSettings(dir);
        Path file = dir.resolve("cal.yaml");
        Files.writeString(file, """
                name: cal
                model: cascade
                trials: 300
                network: {from: clone}
                source: {user: -1, text: "Breaking: the vaccine makers covered up the trial results. Wake up, people!", topic: 0}
                countermeasures: {trials: 300, blockCounts: [0, 3, 10, 30, 100], inoculationFractions: [0.0], inoculationReduction: 0.2, inoculationReductionSd: 0.02}
                analyses: [cascade, blocking]
                infection: {model: calibrated, world: world.yaml, training: model.yaml, embedder: hashed, alpha: 3.0, cache: none}
                """);
        CascadeBinder.Loaded loaded = loader.load(file.toString(), CascadeBinder.Loaded.class);
        TrainedModelCache trainedModels = new TrainedModelCache();
        CascadeStudy.Outcome o = CascadeStudy.run(loaded.scenario(), loaded.baseDirectory(), 2, trainedModels);
        assertTrue(o.setup().model() instanceof CalibratedInfectionModel, "the calibrated model drives the cascades");
        assertSame(((CalibratedInfectionModel) o.setup().model()).network(), o.world().network(), "run on the model's own clone");
        List<CountermeasureSweeps.Point> points = o.blocking();
        assertEquals(o.base().meanInfections(), points.get(0).meanInfections(), 0.25 * o.base().meanInfections() + 1e-9);
        assertTrue(points.get(0).meanInfections() > 5, "the unblocked cascade must be large enough to measure: " + points);
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).meanInfections() <= points.get(i - 1).meanInfections(), points.toString());
        }
        // blocking cannot touch u_S's own followers (the first layer, most of a calibrated cascade), so the drop is
        // bounded, but it must be clear
        assertTrue(points.get(points.size() - 1).meanInfections() < 0.8 * points.get(0).meanInfections(), points.toString());

        // the moderator environment takes the same scenario (the trained model comes from its owner's memory, as a
        // server passes its cache to its sessions)
        var registry = new org.infoops.env.EnvironmentRegistry(List.of(org.infoops.env.cascade.ModeratorEnvironment.FACTORY));
        try (var env = registry.make(org.infoops.env.cascade.ModeratorEnvironment.ID,
                org.infoops.env.Options.of(java.util.Map.of("scenario", file.toString(), "base_trials", 50)).withTrainedModels(trainedModels))) {
            env.reset(3);
            long[] nothing = new long[9];
            var r = env.step(org.infoops.env.Tensor.int64(new int[] {9}, nothing));
            assertTrue(r.transition().reward() < 0, "the first layer under the calibrated model infects someone");
        }
    }

    @Test
    void embeddedCalibratedScenarioLoadsAndBadSettingsAreNamed() {
        CascadeScenario s = loader.load("cascade/calibrated", CascadeBinder.Loaded.class).scenario();
        assertEquals("calibrated", s.infection().model());
        assertEquals(new CalibratedInfection.Settings("embedded", "embedded", "minilm", 3.0, "runs/cache/calibrated"), s.infection().settings());
        String e = assertThrows(ScenarioException.class, () -> loader.parse("name: x\nmodel: cascade\nnetwork: {from: clone}\n"
                + "infection: {model: calibrated, world: embedded, training: embedded, embedder: bert, alpha: 3.0, cache: none}\n", "t", java.nio.file.Path.of(""), CascadeBinder.Loaded.class)).getMessage();
        assertTrue(e.contains("infection") && e.contains("'bert'") && e.contains("minilm, hashed"), e);
        e = assertThrows(ScenarioException.class, () -> loader.parse("name: x\nmodel: cascade\n"
                + "infection: {model: calibrated, world: embedded, training: embedded, embedder: hashed, alpha: 3.0, cache: none}\n", "t", java.nio.file.Path.of(""), CascadeBinder.Loaded.class)).getMessage();
        assertTrue(e.contains("network.from") && e.contains("'synthetic'") && e.contains("clone"), e);
        e = assertThrows(ScenarioException.class, () -> loader.parse("name: x\nmodel: cascade\nnetwork: {from: clone}\n"
                + "infection: {model: static, rate: 0.05}\n", "t", java.nio.file.Path.of(""), CascadeBinder.Loaded.class)).getMessage();
        assertTrue(e.contains("network.from") && e.contains("'clone'") && e.contains("calibrated"), e);
        e = assertThrows(ScenarioException.class, () -> loader.parse("name: x\nmodel: cascade\nnetwork: {from: clone}\n"
                + "infection: {model: calibrated, world: embedded, embedder: hashed, alpha: 3.0, cache: none}\n", "t", java.nio.file.Path.of(""), CascadeBinder.Loaded.class)).getMessage();
        assertTrue(e.contains("infection.training") && e.contains("missing"), e);
    }
}
