package org.infoops.scenario;

import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.diluvsion.DiluvsionOverrides;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every kind of scenario error: each case edits sim01.yaml and checks that the message names the field path,
 * the offending value and what is allowed.
 */
class ScenarioErrorsTest {
    private final ScenarioLoader loader = new ScenarioLoader();
    @TempDir
    Path dir;

    static String sim01() {
        try (InputStream in = ScenarioErrorsTest.class.getClassLoader().getResourceAsStream("scenarios/diluvsion/sim01.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** sim01 with one exact line fragment replaced (the fragment must exist). */
    static String edit(String from, String to) {
        String text = sim01();
        assertTrue(text.contains(from), "sim01.yaml has no '" + from + "'");
        return text.replace(from, to);
    }

    static String append(String yaml) {
        return sim01() + "\n" + yaml + "\n";
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // unknown keys: the key and the allowed keys
                arguments(append("colour: red"), "colour", new String[] {"unknown key 'colour'", "allowed keys: name, model, description"}),
                arguments(edit("  stanceMix: ratio", "  stanceMix: ratio\n  colour: red"), "bots.colour",
                        new String[] {"'colour'", "count, stanceRatio, stanceMix, placement"}),
                arguments(append("parameters:\n  memory:\n    humans: 30"), "parameters.memory.humans",
                        new String[] {"'humans'", "human, bot, pollSize"}),
                // enums: the value and the allowed values
                arguments(edit("stanceMix: ratio", "stanceMix: mixed"), "bots.stanceMix",
                        new String[] {"'mixed'", "allowed values: ratio, human_start"}),
                arguments(edit("placement: embedded", "placement: orbit"), "bots.placement",
                        new String[] {"'orbit'", "embedded, fringe"}),
                arguments(edit("replyTactic: vulnerable", "replyTactic: 3"), "bots.replyTactic",
                        new String[] {"3", "vulnerable, engagement"}),
                arguments(edit("role: replier", "role: hacker"), "bots.role",
                        new String[] {"'hacker'", "tweeter, retweeter, quoter, replier, liker"}),
                arguments(edit("level: high", "level: extreme"), "bots.level", new String[] {"'extreme'", "high, medium, low"}),
                arguments(edit("generator: schweimer", "generator: erdos"), "graph.generator", new String[] {"'erdos'", "schweimer, file"}),
                arguments(edit("hyperParameters: Covid", "hyperParameters: Moon"), "graph.hyperParameters",
                        new String[] {"'Moon'", "allowed values: ", "Covid"}),
                arguments(edit("model: diluvsion", "model: troll"), "model", new String[] {"'troll'", "allowed values: diluvsion"}),
                // types
                arguments(edit("runs: 20", "runs: many"), "runs", new String[] {"'many'", "whole number"}),
                arguments(edit("count: 100", "count: 2.5"), "bots.count", new String[] {"2.5", "whole number"}),
                arguments(edit("primaryTacticProbability: 0.8095", "primaryTacticProbability: high"), "bots.primaryTacticProbability",
                        new String[] {"'high'", "a finite number"}),
                arguments(edit("conservedThemes: []", "conservedThemes: 7"), "bots.conservedThemes", new String[] {"7", "a list"}),
                arguments(edit("seed: 20240206", ""), "seed", new String[] {"missing", "name, model, description, baseline, runs, steps, seed"}),
                // ranges: the value and the range
                arguments(edit("neutral: 1, positive: 0}", "neutral: -1, positive: 0}"), "bots.stanceRatio.neutral",
                        new String[] {"-1", "0 or more"}),
                arguments(edit("primaryTacticProbability: 0.8095", "primaryTacticProbability: 1.5"), "bots.primaryTacticProbability",
                        new String[] {"1.5", "0 to 1"}),
                arguments(edit("runs: 20", "runs: 0"), "runs", new String[] {"0", "1 or more"}),
                arguments(edit("steps: 1344", "steps: -5"), "steps", new String[] {"-5", "1 or more"}),
                arguments(edit("count: 100", "count: 1001"), "bots.count", new String[] {"1001", "0 to 1000"}),
                arguments(edit("conservedThemes: []", "conservedThemes: [13]"), "bots.conservedThemes[0]", new String[] {"13", "1 to 12"}),
                arguments(edit("themes: adopt", "themes: conserve"), "bots.conservedThemes", new String[] {"empty", "1 to 5 theme numbers"}),
                arguments(append("parameters:\n  activity:\n    damping: 1.2"), "parameters.activity.damping", new String[] {"1.2", "0 to 1"}),
                arguments(append("parameters:\n  memory:\n    bot: 0"), "parameters.memory.bot", new String[] {"0", "1 or more"}),
                arguments(append("parameters:\n  memory:\n    bot: 70000"), "parameters.memory.bot", new String[] {"70000", "1 to 65535"}),
                arguments(append("parameters:\n  activity:\n    startSlot: 336"), "parameters.activity.startSlot", new String[] {"336", "0 to 335"}),
                arguments(edit("name: sim01", "name: ../evil"), "name", new String[] {"'../evil'", "letters, digits"}),
                // counts that must agree
                arguments(append("parameters:\n  population:\n    startStances: {negative: 139, neutral: 129, positive: 700}"),
                        "parameters.population.startStances", new String[] {"968", "sum to parameters.population.agents (1000)"}),
                arguments(append("parameters:\n  population:\n    themeCountDistribution: [700, 221, 59, 15, 4]"),
                        "parameters.population.themeCountDistribution", new String[] {"999", "sum to parameters.population.agents (1000)"}),
                arguments(append("parameters:\n  population:\n    startThemeCounts: [158, 240, 549]"),
                        "parameters.population.startThemeCounts", new String[] {"3 entries", "exactly parameters.themes.count (12)"}),
                arguments(append("parameters:\n  population:\n    startThemeCounts: [158, 240, 549, 188, 34, 69, 1, 52, 26, 35, 26, 25]"),
                        "parameters.population.startThemeCounts", new String[] {"1403", "1404", "equal totals"}),
                arguments(edit("{negative: 1, neutral: 1, positive: 0}", "{negative: 0, neutral: 1, positive: 0}").replace("count: 100", "count: 150"),
                        "bots.stanceRatio", new String[] {"150 neutral bots", "startStances.neutral is 129", "at most the start count"}),
                arguments(edit("{negative: 1, neutral: 1, positive: 0}", "{negative: 0, neutral: 0, positive: 0}"), "bots.stanceRatio",
                        new String[] {"0:0:0", "at least one positive"}),
                // files named by path
                arguments(edit("generator: schweimer", "generator: file\n  file: graphs/missing.csv"), "graph.file",
                        new String[] {"graphs/missing.csv", "does not exist"}),
                arguments(append("parameters:\n  activity:\n    diurnalTable: tables/diurnal.csv"), "parameters.activity.diurnalTable",
                        new String[] {"tables/diurnal.csv", "does not exist", "allowed: default or"}),
                arguments(append("parameters:\n  activity:\n    rolesTable: roles.csv"), "parameters.activity.rolesTable",
                        new String[] {"roles.csv", "does not exist", "allowed: default or"}));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void errorNamesFieldValueAndAllowed(String yaml, String path, String[] fragments) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(yaml, "test.yaml", dir, DiluvsionScenario.class));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.yaml: " + path + ": "), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' not in: " + e.getMessage());
        }
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        String yaml = edit("stanceMix: ratio", "stanceMix: HUMAN_START").replace("placement: embedded", "placement: Fringe")
                .replace("role: replier", "role: Liker");
        DiluvsionScenario s = loader.parse(yaml, "test.yaml", dir, DiluvsionScenario.class);
        assertEquals("HUMAN_START", s.setup().bots().stanceMix().name());
        assertEquals("FRINGE", s.setup().bots().placement().name());
        assertEquals("liker", s.setup().bots().role());
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse("name: a\n  runs: [1,\n", "broken.yaml", dir, DiluvsionScenario.class));
        assertTrue(e.getMessage().startsWith("broken.yaml: not valid YAML (line "), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(append("runs: 3"), "dup.yaml", dir, DiluvsionScenario.class));
        assertTrue(e.getMessage().contains("runs"), e.getMessage());
    }

    @Test
    void missingScenarioFileNamesThePath() {
        Path missing = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(missing, DiluvsionScenario.class));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        ScenarioException byName = assertThrows(ScenarioException.class, () -> loader.load("diluvsion/sim99", DiluvsionScenario.class));
        assertTrue(byName.getMessage().contains("diluvsion/sim99"), byName.getMessage());
        assertTrue(byName.getMessage().contains("diluvsion/sim01"), "lists what exists: " + byName.getMessage());
    }

    @Test
    void relativeTablesResolveAgainstTheScenarioFile() throws IOException {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        try (InputStream in = getClass().getResourceAsStream("/kernel/diurnal_7x48.csv")) {
            Files.copy(in, tables.resolve("diurnal.csv"));
        }
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, append("parameters:\n  activity:\n    diurnalTable: tables/diurnal.csv"));
        DiluvsionScenario s = loader.load(file.toString(), DiluvsionScenario.class);
        assertEquals(tables.resolve("diurnal.csv").toString(), s.setup().parameters().activity().diurnalTable());
    }

    @Test
    void malformedDiurnalTableIsRejected() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "day,a\nMon,2\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(
                append("parameters:\n  activity:\n    diurnalTable: bad.csv"), "test.yaml", dir, DiluvsionScenario.class));
        assertEquals("parameters.activity.diurnalTable", e.path());
        assertTrue(e.getMessage().contains("'bad.csv'") && e.getMessage().contains("7 rows"), e.getMessage());
    }

    @Test
    void malformedRolesTableIsRejected() throws IOException {
        Files.writeString(dir.resolve("roles.csv"), "level,role\nhigh,liker\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(
                append("parameters:\n  activity:\n    rolesTable: roles.csv"), "test.yaml", dir, DiluvsionScenario.class));
        assertEquals("parameters.activity.rolesTable", e.path());
        assertTrue(e.getMessage().contains("header must be"), e.getMessage());
    }

    @Test
    void graphFilesAreCheckedAtLoadTime() throws IOException {
        StringBuilder edges = new StringBuilder("# nodes=1000\nfollower,followee\n");
        for (int v = 1; v < 1000; v++) edges.append(v).append(',').append(0).append('\n');
        Files.writeString(dir.resolve("star.csv"), edges);
        DiluvsionScenario s = loader.parse(edit("generator: schweimer", "generator: file\n  file: star.csv"), "test.yaml", dir, DiluvsionScenario.class);
        assertEquals(dir.resolve("star.csv").toString(), s.setup().graph().file());

        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(edit("generator: schweimer",
                "generator: file\n  file: star.csv").replace("placement: embedded", "placement: fringe"), "test.yaml", dir, DiluvsionScenario.class));
        assertEquals("graph.file", e.path());
        assertTrue(e.getMessage().contains("'" + dir.resolve("star.csv") + "'") && e.getMessage().contains("900 nodes"), e.getMessage());
    }

    @Test
    void aMissingSectionIsNamed() {
        String text = sim01();
        String noGraph = text.substring(0, text.indexOf("graph:")) + text.substring(text.indexOf("bots:"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(noGraph, "test.yaml", dir, DiluvsionScenario.class));
        assertEquals("graph", e.path());
        assertTrue(e.getMessage().contains("missing; allowed: a mapping with keys generator, hyperParameters, seed, file"), e.getMessage());
    }

    @Test
    void hyperParametersMayBeLeftOut() {
        DiluvsionScenario s = loader.parse(edit("  hyperParameters: Covid   # [P §3.7 l.344]\n", ""), "test.yaml", dir, DiluvsionScenario.class);
        assertEquals(null, s.setup().graph().hyperParameters());
    }

    @Test
    void overridesAreCheckedLikeFileValues() {
        DiluvsionScenario s = loader.load("diluvsion/small", DiluvsionScenario.class);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new DiluvsionOverrides(0, null, null).apply(s));
        assertEquals("--runs: 0 is out of range; allowed: 1 or more", e.getMessage());
    }

    @Test
    void parameterOverridesMergeDeeply() {
        DiluvsionScenario s = loader.parse(append("parameters:\n  resistance:\n    sd: 0.1"), "test.yaml", dir, DiluvsionScenario.class);
        assertEquals(0.1, s.setup().parameters().resistance().sd());
        assertEquals(0.75, s.setup().parameters().resistance().mean(), "siblings keep parameters.yaml values");
    }
}
