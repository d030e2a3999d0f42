package org.infoops.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code cascade-train}: a small validated run writes every artefact; bad options exit 2 naming the problem. */
class CascadeTrainCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    @Test
    void smallValidatedRunWritesTheFigures(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("train");
        Run r = run("cascade-train", "--embedder", "hashed", "--users", "300", "--seed", "3", "--validate",
                "--trials", "20", "--across-posts", "60", "--source-posts", "20", "--threads", "2",
                "--cache", dir.resolve("cache").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Period III (Apr 16 - Jul 31)") && r.out().contains("Fig 6A log-space Pearson"), r.out());
        for (String f : new String[] {"auc.csv", "calibration.csv", "calibration_coefficients.csv", "figure6a.png",
                "figure6b.png", "figure6a_across_users.csv", "alpha_scan.csv", "figure7a_community_rates.csv", "validation.csv",
                "base-world/posts.csv", "base-world/retweets.csv", "base-world/retweet_table.csv"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertEquals(13, Files.readAllLines(out.resolve("calibration_coefficients.csv")).size(), "header + 12 coefficients");
        assertTrue(Files.exists(dir.resolve("cache/embeddings-hashed.bin")));
    }

    @Test
    void badOptionsExitTwoNamingTheProblem(@TempDir Path dir) {
        Run r = run("cascade-train", "--embedder", "bert", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("embedder: 'bert'") && r.err().contains("minilm, hashed"), r.err());
        Run users = run("cascade-train", "--users", "5", "--out", dir.toString());
        assertEquals(2, users.code());
        assertTrue(users.err().contains("users: 5") && users.err().contains("20 or more"), users.err());
    }
}
