package org.infoops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cascade}: a small run writes its directory; bad scenarios and options exit 2 with a one-line reason. */
class CascadeCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void smallScenarioRunsAndReportsWhereItWrote(@TempDir Path dir) {
        Run r = run("cascade", "cascade/small", "--trials", "20", "--analyses", "cascade,blocking", "--threads", "2",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("network: 2,000 users"), r.out());
        assertTrue(r.out().contains("blocking (top-k): 0->"), r.out());
        assertTrue(Files.exists(dir.resolve("small/blocking.csv")));
        assertTrue(!Files.exists(dir.resolve("small/inoculation.csv")), "only the analyses asked for");
    }

    @Test
    void badInputExitsTwoNamingTheProblem(@TempDir Path dir) throws Exception {
        Run r = run("cascade", "cascade/nope", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("scenario not found") && r.err().contains("cascade/small"), r.err());
        r = run("cascade", "cascade/small", "--analyses", "movies", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'movies' is not allowed"), r.err());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nmodel: cascade\nquotes: {mean: 0.2, concentration: 2, mutation: llm}\n");
        r = run("cascade", bad.toString(), "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("quotes") && r.err().contains("'llm'") && r.err().contains("keep-text"), r.err());
    }
}
