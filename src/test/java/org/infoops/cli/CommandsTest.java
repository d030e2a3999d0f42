package org.infoops.cli;

import org.infoops.scenario.diluvsion.FakeRuns;
import org.infoops.scenario.diluvsion.DiluvsionWriter;
import org.infoops.scenario.diluvsion.DiluvsionSweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code run} and {@code sweep} commands over fake runs: what they print, where they write, and that every
 * error is one line on stderr with exit code 2 (1 for a failed run). Lives here because it exercises the
 * scenario package end to end; it can move to a cli test package.
 */
class CommandsTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int execute(Object command, String... args) {
        CommandLine cmd = Main.configure(new CommandLine(command));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void runPrintsASummaryAndWhereItWrote() {
        int code = execute(new RunCommand(new FakeRuns()), "diluvsion/small", "--runs", "2", "--steps", "5",
                "--threads", "2", "--out", dir.toString(), "--no-progress");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("small: 2 runs x 5 steps, seed 20240206"), out.toString());
        assertTrue(out.toString().contains("Con         28"), out.toString());
        assertTrue(out.toString().contains("wrote " + dir.resolve("small")), out.toString());
        assertTrue(Files.exists(dir.resolve("small").resolve(DiluvsionWriter.SUMMARY)));
        assertEquals("", err.toString());
    }

    @Test
    void sweepPrintsTable1() {
        int code = execute(new SweepCommand(new FakeRuns()), "--all", "diluvsion", "--runs", "2", "--steps", "3",
                "--out", dir.toString(), "--no-progress");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("| |Start|sim01|sim02|"), out.toString());
        assertTrue(out.toString().contains("|sim16|"), out.toString());
        assertTrue(out.toString().contains("|Con|139|"), out.toString());
        assertTrue(Files.exists(dir.resolve(DiluvsionSweep.TABLE1_MD)));
        assertTrue(Files.exists(dir.resolve("sim16").resolve(DiluvsionWriter.STANCE_PNG)));
    }

    @Test
    void anUnknownScenarioIsOneLineAndExitCode2() {
        int code = execute(new RunCommand(new FakeRuns()), "diluvsion/nope", "--no-progress", "--out", dir.toString());
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("error: diluvsion/nope: scenario not found"), err.toString());
    }

    @Test
    void badOptionValuesAreOneLineAndExitCode2() {
        assertEquals(2, execute(new RunCommand(new FakeRuns()), "diluvsion/small", "--runs", "0", "--no-progress"));
        assertEquals("error: --runs: 0 is out of range; allowed: 1 or more" + System.lineSeparator(), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, execute(new RunCommand(new FakeRuns()), "diluvsion/small", "--threads", "0", "--no-progress"));
        assertEquals("error: --threads: 0 is out of range; allowed: 1 or more" + System.lineSeparator(), err.toString());
    }

    @Test
    void sweepWithoutScenariosIsAnError() {
        assertEquals(2, execute(new SweepCommand(new FakeRuns()), "--no-progress"));
        assertTrue(err.toString().startsWith("error: SCENARIO: none given"), err.toString());
    }

    @Test
    void aFailingRunExitsWith1() {
        RunCommand cmd = new RunCommand((s, r) -> {
            throw new IllegalStateException("model not wired yet");
        });
        assertEquals(1, execute(cmd, "diluvsion/small", "--runs", "1", "--out", dir.toString(), "--no-progress"));
        assertTrue(err.toString().startsWith("error: small run 0 failed: java.lang.IllegalStateException: model not wired yet"),
                err.toString());
    }
}
