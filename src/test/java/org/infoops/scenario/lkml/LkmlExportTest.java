package org.infoops.scenario.lkml;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.DiscussionTracker;
import org.infoops.model.lkml.LogCsv;
import org.infoops.model.lkml.MixturePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export lkml} writes the documented files; its real log, given back as a scenario's realLog, runs the experiment. */
class LkmlExportTest {
    @Test
    void exportThenRunOnTheExportedLogAsARealLog(@TempDir Path tmp) throws Exception {
        LkmlScenario s = new ScenarioLoader().load("lkml/small", LkmlScenario.class);
        Path out = tmp.resolve("data");
        LkmlExport.write(s, 0, out);
        assertEquals(String.join(",", LogCsv.HEADER), Files.readAllLines(out.resolve("real_log.csv")).get(0));
        assertEquals(String.join(",", LogCsv.HEADER), Files.readAllLines(out.resolve("synthetic_log.csv")).get(0));
        String features = "patch,accepted_minute," + String.join(",", DiscussionTracker.SCHEMA.names()) + ",reversed";
        assertEquals(features, Files.readAllLines(out.resolve("real_features.csv")).get(0));
        assertEquals(features, Files.readAllLines(out.resolve("synthetic_features.csv")).get(0));
        assertTrue(Files.readAllLines(out.resolve("configuration_I_labels.csv")).size() > 100);

        Path scenario = tmp.resolve("mine.yaml");
        Files.writeString(scenario, "name: mine\nmodel: lkml\nruns: 1\nseed: 7\nrealLog: data/real_log.csv\n"
                + "parameters: {mixtures: {shares: [0, 1], methods: [boosted_trees]}}\n");
        LkmlScenario mine = new ScenarioLoader().load(scenario.toString(), LkmlScenario.class);
        List<MixturePipeline.SeedResult> fromLog = new LkmlMixtures(mine, List.of(Configuration.II)).run(1, x -> { });
        // The same history generated in-process (run 0 of lkml/small has the seed the export used) gives the same scores.
        LkmlScenario generated = s.withRuns(1).withMixtures(new LkmlScenario.Mixtures(List.of(0.0, 1.0), List.of(Method.BOOSTED_TREES)));
        MixturePipeline.SeedResult direct = MixturePipeline.run(RealHistory.of(generated, s.runSeed(0)), s.parameters(),
                List.of(0.0, 1.0), List.of(Method.BOOSTED_TREES), List.of(Configuration.II), mine.runSeed(0));
        assertEquals(direct.cells(), fromLog.get(0).cells(), "a real log in the schema is used exactly like the generated one");
    }
}
