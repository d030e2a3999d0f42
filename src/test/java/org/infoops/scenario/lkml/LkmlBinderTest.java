package org.infoops.scenario.lkml;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.learn.Method;
import org.infoops.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LkmlBinderTest {
    final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void shippedScenariosCarryThePapersValues() {
        LkmlScenario d = loader.load("lkml/default", LkmlScenario.class);
        assertEquals(5000, d.groundTruth().contributors(), "§4.1: 5K contributors");
        assertEquals(181, d.parameters().periods().fitDays(), "§4.1: six months of messages");
        assertEquals(182, d.parameters().periods().horizonDays(), "§4.1: reversed within 6 months");
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), d.mixtures().shares(), "Figs 3-4: 0-100% in 25% steps");
        assertEquals(List.of(Method.BOOSTED_TREES, Method.LOGISTIC), d.mixtures().methods());
        assertEquals(600, loader.load("small", LkmlScenario.class).groundTruth().contributors());
    }

    @Test
    void errorsNameTheFieldTheValueAndWhatIsAllowed(@TempDir Path dir) throws Exception {
        String head = "name: x\nmodel: lkml\nruns: 1\nseed: 1\n";
        assertMessage(head + "colour: red\n", "colour", "allowed keys");
        assertMessage(head + "parameters: {process: {reviewersMax: 2.5}}\n", "parameters.process.reviewersMax", "whole number");
        assertMessage(head + "parameters: {process: {questionShare: 2}}\n", "questionShare", "0 to 1");
        assertMessage(head + "groundTruth: {contributers: 10}\n", "groundTruth.contributers", "allowed keys");
        assertMessage(head + "parameters: {mixtures: {methods: [forest]}}\n", "parameters.mixtures.methods[0]", "logistic, boosted_trees");
        assertMessage(head + "realLog: nowhere.csv\n", "realLog", "not a file");
        assertMessage("name: x\nmodel: troll\nruns: 1\nseed: 1\n", "model", "lkml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load("lkml/nothing", LkmlScenario.class));
        assertTrue(e.getMessage().contains("lkml/default, lkml/small"), e.getMessage());
    }

    /** A malformed real log stops the experiment with one line naming the scenario, realLog and the log's line. */
    @Test
    void aBadRealLogIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("log.csv"), "time,author,type,patch,files,group,parent\n2021-01-02T00:00:00Z,a,like,p,,g,\n");
        Files.writeString(dir.resolve("s.yaml"), "name: s\nmodel: lkml\nruns: 1\nseed: 1\nrealLog: log.csv\n");
        LkmlScenario s = loader.load(dir.resolve("s.yaml").toString(), LkmlScenario.class);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new LkmlMixtures(s, List.of(org.infoops.model.lkml.Configuration.I)).run(1, x -> { }));
        assertTrue(e.getMessage().contains("realLog") && e.getMessage().contains("line 2") && e.getMessage().contains("'like'"), e.getMessage());
    }

    private void assertMessage(String yaml, String field, String allowed) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(yaml, "test.yaml", Path.of("."), LkmlScenario.class));
        assertTrue(e.getMessage().contains(field) && e.getMessage().contains(allowed), e.getMessage());
    }
}
