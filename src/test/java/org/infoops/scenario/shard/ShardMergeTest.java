package org.infoops.scenario.shard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.infoops.cli.Main;
import org.infoops.scenario.diluvsion.RunFile;
import org.infoops.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Shards and their merge, through the real commands and the real model: shards cover every run exactly once, a
 * merge writes the single-machine files byte for byte (summary.json up to its wall-clock timings), a restarted
 * shard keeps what it had written, and a merge with a shard missing or from other options fails naming it.
 */
class ShardMergeTest {
    private static final String[] SMALL = {"sweep", "diluvsion/small", "--runs", "3", "--steps", "60", "--no-progress"};

    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;

    private int execute(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private int execute(String[] base, String... more) {
        return execute(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void shardsCoverEveryItemExactlyOnce() {
        for (int total : new int[] {0, 1, 7, 320}) {
            for (int n = 1; n <= 9; n++) {
                int next = 0;
                for (int i = 0; i < n; i++) {
                    RunRange r = RunRange.shard(i, n, total);
                    assertEquals(next, r.from());
                    assertTrue(r.size() == total / n || r.size() == total / n + 1, r + " of " + total + " in " + n);
                    next = r.to();
                }
                assertEquals(total, next);
            }
        }
        assertEquals(new RunRange(2, 5), RunRange.parse(null, "2:5", 10));
        assertEquals(new RunRange(0, 10), RunRange.parse(null, null, 10));
    }

    @Test
    void badShardOptionsNameTheFieldAndWhatIsAllowed() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> RunRange.parse("4/4", null, 10));
        assertTrue(e.getMessage().contains("--shard") && e.getMessage().contains("'4/4'") && e.getMessage().contains("0 <= i < n"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> RunRange.parse(null, "3:11", 10));
        assertTrue(e.getMessage().contains("--run-range") && e.getMessage().contains("TO <= 10"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> RunRange.parse("x", null, 10));
        assertTrue(e.getMessage().contains("not understood"), e.getMessage());
        assertEquals(2, execute(SMALL, "--shard", "1/2", "--merge", dir.toString(), "--out", dir.resolve("m").toString()));
        assertTrue(err.toString().contains("--merge"), err.toString());
        assertEquals(2, execute(SMALL, "--shard", "0/2"));
        assertTrue(err.toString().contains("--out"), err.toString());
    }

    @Test
    void mergedShardsAreTheSingleMachineFiles() throws IOException {
        assertEquals(0, execute(SMALL, "--out", dir.resolve("single").toString(), "--threads", "2"), err.toString());
        assertEquals(0, execute(SMALL, "--shard", "0/2", "--out", dir.resolve("s0").toString(), "--threads", "1"), err.toString());
        assertTrue(out.toString().contains("to compute: 1") && out.toString().contains("finished small run 0"), out.toString());
        assertEquals(0, execute(SMALL, "--run-range", "1:3", "--out", dir.resolve("s1").toString()), err.toString());
        assertEquals(0, execute(SMALL, "--merge", dir.resolve("s0").toString(), dir.resolve("s1").toString(),
                "--out", dir.resolve("merged").toString()), err.toString());
        assertSameFiles(dir.resolve("single"), dir.resolve("merged"));
    }

    @Test
    void aRestartedShardKeepsTheRunsItHadWritten() throws IOException {
        Path shard = dir.resolve("s");
        assertEquals(0, execute(SMALL, "--run-range", "0:1", "--out", shard.toString()), err.toString());
        byte[] run0 = Files.readAllBytes(RunFile.path(shard, "small", 0));
        assertEquals(0, execute(SMALL, "--run-range", "0:3", "--out", shard.toString()), err.toString());
        assertTrue(out.toString().contains("(2 computed, 1 already there)"), out.toString());
        assertArrayEquals(run0, Files.readAllBytes(RunFile.path(shard, "small", 0)));
    }

    @Test
    void aMergeWithAShardMissingOrFromOtherOptionsFailsNamingIt() {
        Path shard = dir.resolve("s0");
        assertEquals(0, execute(SMALL, "--shard", "0/2", "--out", shard.toString()), err.toString());
        assertEquals(2, execute(SMALL, "--merge", shard.toString(), "--out", dir.resolve("m").toString()));
        assertTrue(err.toString().contains("small run 1 is in none of the shard directories"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals(0, execute(SMALL, "--shard", "1/2", "--out", shard.toString()), err.toString());
        assertEquals(2, execute("sweep", "diluvsion/small", "--runs", "3", "--steps", "61", "--no-progress",
                "--merge", shard.toString(), "--out", dir.resolve("m").toString()));
        assertTrue(err.toString().contains("61 steps"), err.toString());
        assertTrue(Files.notExists(dir.resolve("m").resolve("small")), "nothing half-written");
    }

    @Test
    void mergedFigure5ShardsAreTheSingleMachineFiles() throws IOException {
        String[] fig5 = {"sweep", "troll-figure5", "--scenario", "troll/small", "--runs", "2", "--months", "1"};
        assertEquals(0, execute(fig5, "--out", dir.resolve("single").toString()), err.toString());
        assertEquals(0, execute(fig5, "--shard", "1/2", "--out", dir.resolve("s1").toString()), err.toString());
        assertEquals(0, execute(fig5, "--shard", "0/2", "--out", dir.resolve("s0").toString()), err.toString());
        assertEquals(0, execute(fig5, "--merge", dir.resolve("s0").toString(), dir.resolve("s1").toString(),
                "--out", dir.resolve("merged").toString()), err.toString());
        assertSameFiles(dir.resolve("single"), dir.resolve("merged"));
        String[] otherMonths = {"sweep", "troll-figure5", "--scenario", "troll/small", "--runs", "2", "--months", "2"};
        assertThrows(Exception.class, () -> {
            int code = execute(otherMonths, "--merge", dir.resolve("s0").toString(), dir.resolve("s1").toString(),
                    "--out", dir.resolve("other").toString());
            if (code != 0) throw new IOException("exit " + code);
        });
        assertTrue(Files.notExists(dir.resolve("other")));
    }

    @Test
    void mergedCascadeShardsAreTheSingleMachineFiles() throws IOException {
        String[] cascade = {"cascade", "cascade/small", "--trials", "40", "--threads", "1"};
        assertEquals(0, execute(cascade, "--out", dir.resolve("single").toString()), err.toString());
        assertEquals(0, execute(cascade, "--run-range", "0:5", "--out", dir.resolve("s0").toString()), err.toString());
        assertEquals(0, execute(cascade, "--shard", "1/2", "--out", dir.resolve("s1").toString()), err.toString());
        assertEquals(2, execute(cascade, "--merge", dir.resolve("s0").toString(), "--out", dir.resolve("merged").toString()));
        assertTrue(err.toString().contains("point 5 is in none of the shard directories"), err.toString());
        assertEquals(0, execute(cascade, "--run-range", "5:7", "--out", dir.resolve("s0").toString()), err.toString());
        assertEquals(0, execute(cascade, "--merge", dir.resolve("s0").toString(), dir.resolve("s1").toString(),
                "--out", dir.resolve("merged").toString()), err.toString());
        assertSameFiles(dir.resolve("single"), dir.resolve("merged"));
    }

    /** Same file names, same bytes; summary.json the same but for its wall-clock timings (they differ run to run). */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files = list(expected);
        assertEquals(files, list(actual));
        assertTrue(files.size() >= 4, files.toString());
        ObjectMapper json = new ObjectMapper();
        for (Path f : files) {
            if (f.getFileName().toString().equals("summary.json")) {
                ObjectNode a = (ObjectNode) json.readTree(expected.resolve(f).toFile());
                ObjectNode b = (ObjectNode) json.readTree(actual.resolve(f).toFile());
                for (String key : List.of("wallSeconds", "runSeconds", "seconds")) { // wall-clock timings
                    a.remove(key);
                    b.remove(key);
                }
                assertEquals(a, b, f.toString());
            } else {
                assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f.toString());
            }
        }
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(root::relativize).sorted().toList();
        }
    }
}
