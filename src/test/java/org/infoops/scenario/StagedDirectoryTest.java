package org.infoops.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagedDirectoryTest {
    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAppearOnlyWhenComplete() throws IOException {
        Path target = dir.resolve("sim01");
        StagedDirectory.write(target, p -> {
            Files.writeString(p.resolve("a.csv"), "x");
            assertFalse(Files.exists(target), "nothing visible while writing");
        });
        assertEquals("x", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("sim01"), entries());
    }

    @Test
    void aThrowingWriterLeavesNothing() throws IOException {
        IOException e = assertThrows(IOException.class, () -> StagedDirectory.write(dir.resolve("sim01"), p -> {
            Files.writeString(p.resolve("half.csv"), "partial");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), entries());
    }

    @Test
    void aThrowingWriterKeepsThePreviousResult() throws IOException {
        Path target = dir.resolve("sim01");
        StagedDirectory.write(target, p -> Files.writeString(p.resolve("a.csv"), "old"));
        assertThrows(IllegalStateException.class, () -> StagedDirectory.write(target, p -> {
            Files.writeString(p.resolve("a.csv"), "new");
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target.resolve("a.csv")));
        assertEquals(List.of("sim01"), entries());
    }

    @Test
    void anExistingTargetIsReplaced() throws IOException {
        Path target = dir.resolve("sim01");
        StagedDirectory.write(target, p -> Files.writeString(p.resolve("old.csv"), "old"));
        StagedDirectory.write(target, p -> Files.writeString(p.resolve("new.csv"), "new"));
        assertFalse(Files.exists(target.resolve("old.csv")));
        assertTrue(Files.exists(target.resolve("new.csv")));
        assertEquals(List.of("sim01"), entries());
    }

    @Test
    void singleFilesAreWrittenAtomically() throws IOException {
        Path file = dir.resolve("table1.csv");
        StagedDirectory.writeFile(file, p -> Files.writeString(p, "one"));
        StagedDirectory.writeFile(file, p -> Files.writeString(p, "two"));
        assertEquals("two", Files.readString(file));
        assertThrows(IOException.class, () -> StagedDirectory.writeFile(file, p -> {
            Files.writeString(p, "three");
            throw new IOException("stop");
        }));
        assertEquals("two", Files.readString(file));
        assertEquals(List.of("table1.csv"), entries());
    }

    @Test
    void leftoversOfAKilledSweepAreCleaned() throws IOException {
        // A staging directory (killed while writing) and a replaced target whose successor never arrived
        // (killed between the two renames), next to a replaced target that was superseded.
        Files.createDirectories(dir.resolve(StagedDirectory.STAGING + "0123abcd-sim02").resolve("deep"));
        Files.writeString(dir.resolve(StagedDirectory.STAGING + "0123abcd-sim02").resolve("deep/x.csv"), "half");
        Files.createDirectories(dir.resolve(StagedDirectory.REPLACED + "89abcdef-sim03"));
        Files.writeString(dir.resolve(StagedDirectory.REPLACED + "89abcdef-sim03").resolve("summary.json"), "{}");
        Files.createDirectories(dir.resolve(StagedDirectory.REPLACED + "00000000-sim01"));
        Files.createDirectories(dir.resolve("sim01"));
        StagedDirectory.cleanLeftovers(dir);
        assertEquals(List.of("sim01", "sim03"), entries());
        assertTrue(Files.exists(dir.resolve("sim03").resolve("summary.json")), "restored");
    }

    @Test
    void aSecondWriterOnTheSameOutputIsRefused() throws IOException {
        try (OutputDirectory first = OutputDirectory.open(dir)) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> OutputDirectory.open(dir));
            assertEquals("--out", e.path());
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        }
        OutputDirectory.open(dir).close();
    }
}
