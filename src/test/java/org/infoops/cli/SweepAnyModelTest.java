package org.infoops.cli;

import org.infoops.scenario.diluvsion.DiluvsionSweep;
import org.infoops.scenario.diluvsion.DiluvsionWriter;
import org.infoops.scenario.diluvsion.FakeRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sweep} over scenarios of any model: a cascade scenario runs its study into {@code <out>/<scenario>/}, a mixed
 * list writes Table 1 over its Diluvsion scenarios only, and what cannot apply is refused with exit 2 before anything runs.
 */
class SweepAnyModelTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Path tinyCascade;

    @BeforeEach
    void tinyCascadeScenario() throws IOException {
        // cascade/small cut to 20 trials of the cascade analysis alone: seconds, not minutes.
        tinyCascade = dir.resolve("tiny.yaml");
        Files.writeString(tinyCascade, """
                name: tiny
                model: cascade
                description: A few trials on a small clone, for command tests.
                trials: 20
                analyses: [cascade]
                network:
                  size: 2000
                  synthetic: {users: 6000, communities: 5, minRetweeters: 3, tailExponent: 2.2, maxRetweeters: 1000, mixing: 0.08, meanExtraCount: 1.0, seed: 1}
                infection:
                  model: topic-affinity
                  rate: 0.05
                  topics: 6
                  spread: 0.8
                  seed: 2
                """);
    }

    private int sweep(String... args) {
        CommandLine cmd = Main.configure(new CommandLine(new SweepCommand(new FakeRuns())));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void aCascadeScenarioRunsItsStudyIntoItsOwnDirectory() {
        Path root = dir.resolve("out");
        int code = sweep(tinyCascade.toString(), "--threads", "2", "--out", root.toString(), "--no-progress");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("sweep: " + tinyCascade + " (cascade) into " + root.resolve("tiny")), out.toString());
        assertTrue(out.toString().contains("network: 2,000 users"), out.toString());
        assertTrue(Files.exists(root.resolve("tiny").resolve("trials.csv")));
        assertFalse(Files.exists(root.resolve(DiluvsionSweep.TABLE1_MD)), "no Table 1 without Diluvsion scenarios");
    }

    @Test
    void aMixedListWritesTable1OverItsDiluvsionScenariosAndRunsTheRest() {
        Path root = dir.resolve("out");
        int code = sweep("diluvsion/small", tinyCascade.toString(), "--runs", "2", "--threads", "2", "--out", root.toString(), "--no-progress");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("| |Start|small|"), out.toString());
        assertTrue(Files.exists(root.resolve(DiluvsionSweep.TABLE1_MD)));
        assertTrue(Files.exists(root.resolve("small").resolve(DiluvsionWriter.SUMMARY)));
        assertTrue(Files.exists(root.resolve("tiny").resolve("trials.csv")));
    }

    @Test
    void shardingAnotherModelIsRefusedNamingTheScenarioAndModel() {
        int code = sweep("diluvsion/small", "troll/small", "--shard", "0/2", "--out", dir.toString(), "--no-progress");
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("error: troll/small") && err.toString().contains("'troll'")
                && err.toString().contains("allowed: diluvsion scenarios only"), err.toString());
    }

    @Test
    void optionsNoScenarioOfTheSweepTakesAreRefused() {
        assertEquals(2, sweep(tinyCascade.toString(), "--steps", "5", "--out", dir.toString(), "--no-progress"));
        assertTrue(err.toString().startsWith("error: --steps: applies to diluvsion scenarios only"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, sweep(tinyCascade.toString(), "--runs", "2", "--out", dir.toString(), "--no-progress"));
        assertTrue(err.toString().startsWith("error: --runs: applies to diluvsion, troll and lkml scenarios"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, sweep("--all", "troll", "--out", dir.toString(), "--no-progress"));
        assertTrue(err.toString().startsWith("error: --all: 'troll' has no paper scenarios to sweep; allowed: diluvsion"), err.toString());
    }
}
