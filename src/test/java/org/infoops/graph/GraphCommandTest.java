package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.cli.GraphCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code graph} command (lives in cli; tested here with the graph package it fronts). */
class GraphCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GraphCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void generatesPrintsAndWrites() {
        Path file = dir.resolve("g.csv");
        assertEquals(0, run("--set", "covid", "--nodes", "300", "--seed", "1", "--run", "0", "--out", file.toString()));
        assertTrue(out.toString().contains("reciprocity"), out.toString());
        assertTrue(Files.exists(file));
        FollowerGraph expected = GraphFactory.build(new GraphSettings("schweimer", "Covid", 1, null), 300, 0);
        GraphIOTest.assertSameGraph(expected, GraphIO.read(file));
        assertEquals(0, run("--in", file.toString()));
    }

    @Test
    void badInputIsAMessageNotAStackTrace() {
        assertEquals(2, run("--set", "Flu"));
        assertTrue(err.toString().contains("'Flu'") && err.toString().contains("Covid"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals(2, run("--in", dir.resolve("missing.graphml").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertFalse(err.toString().contains("at org."), err.toString());
    }
}
