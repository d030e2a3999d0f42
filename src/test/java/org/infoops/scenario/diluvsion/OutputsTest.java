package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;
import org.infoops.scenario.StagedDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files of a scenario and of a sweep: names, CSV shapes, JSON content, readable PNGs. */
class OutputsTest {
    static final int RUNS = 3;
    static final int STEPS = 12;

    @TempDir
    static Path dir;
    static Path out;
    static DiluvsionSweepReport report;

    @BeforeAll
    static void sweep() throws IOException {
        out = dir.resolve("out");
        List<DiluvsionScenario> scenarios = List.of(TestScenarios.small("base", "base", RUNS, STEPS),
                TestScenarios.small("more", "base", RUNS, STEPS));
        report = new DiluvsionSweep(new FakeRuns(s -> s.name().equals("more") ? 30 : 0, false), RunProgress.NONE)
                .run(scenarios, new SweepOptions(out, 2, false, true));
    }

    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) rows.add(line.split(",", -1));
        return rows;
    }

    @Test
    void stepsCsvHasOneRowPerRunAndStep() throws IOException {
        List<String[]> rows = csv(out.resolve("base").resolve(DiluvsionWriter.STEPS));
        List<String> header = new ArrayList<>(List.of("run", "step"));
        header.addAll(DiluvsionMetrics.COLUMNS);
        assertEquals(header, List.of(rows.get(0)));
        assertEquals(1 + RUNS * STEPS, rows.size());
        for (String[] r : rows) assertEquals(header.size(), r.length);
        assertEquals("0", rows.get(1)[0]);
        assertEquals("0", rows.get(1)[1]);
        assertEquals(String.valueOf(RUNS - 1), rows.get(rows.size() - 1)[0]);
        assertEquals(String.valueOf(STEPS - 1), rows.get(rows.size() - 1)[1]);
        assertEquals("28", rows.get(1)[2], "stance.negative at step 0 of small.yaml");
    }

    @Test
    void stepsMeanCsvHasMeanAndSdPerColumn() throws IOException {
        List<String[]> rows = csv(out.resolve("base").resolve(DiluvsionWriter.STEPS_MEAN));
        assertEquals(1 + STEPS, rows.size());
        assertEquals(1 + 2 * DiluvsionMetrics.COLUMNS.size(), rows.get(0).length);
        assertEquals("stance.negative_mean", rows.get(0)[1]);
        assertEquals("stance.negative_sd", rows.get(0)[2]);
        assertEquals("28", rows.get(1)[1]);
        assertEquals("0", rows.get(1)[2], "no spread at step 0");
    }

    @Test
    void tweetsCsvHoldsRunZeroOnlyByDefault() throws IOException {
        List<String[]> rows = csv(out.resolve("base").resolve(DiluvsionWriter.TWEETS));
        List<String> header = new ArrayList<>(List.of("run"));
        header.addAll(DiluvsionMetrics.TWEET_COLUMNS);
        assertEquals(header, List.of(rows.get(0)));
        assertEquals(1 + FakeRuns.TWEETS, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r[0].equals("0")));
    }

    @Test
    void allTweetsWritesEveryRun() throws IOException {
        Path o = dir.resolve("all-tweets");
        new DiluvsionSweep(new FakeRuns(), RunProgress.NONE).run(List.of(TestScenarios.small("x", "x", 2, 4)), new SweepOptions(o, 1, true, false));
        List<String[]> rows = csv(o.resolve("x").resolve(DiluvsionWriter.TWEETS));
        assertEquals(1 + 2 * FakeRuns.TWEETS, rows.size());
        assertEquals("1", rows.get(rows.size() - 1)[0]);
        assertFalse(Files.exists(o.resolve(DiluvsionSweep.TABLE1_CSV)), "a single run writes no Table 1");
    }

    @Test
    void agentsCsvHasEveryAgentOfEveryRun() throws IOException {
        List<String[]> rows = csv(out.resolve("base").resolve(DiluvsionWriter.AGENTS));
        assertEquals("run", rows.get(0)[0]);
        assertEquals(1 + DiluvsionMetrics.AGENT_COLUMNS.size(), rows.get(0).length);
        assertEquals(1 + RUNS * 200, rows.size());
    }

    @Test
    void summaryJsonHasStartAndEndStatistics() throws IOException {
        JsonNode j = new ObjectMapper().readTree(out.resolve("more").resolve(DiluvsionWriter.SUMMARY).toFile());
        assertEquals("more", j.get("scenario").asText());
        assertEquals("base", j.get("baseline").asText());
        assertEquals(RUNS, j.get("runs").asInt());
        assertEquals(STEPS, j.get("steps").asInt());
        assertEquals(20240206L, j.get("seed").asLong());
        assertTrue(j.get("wallSeconds").isNumber());
        assertEquals(28.0, j.at("/stances/negative/start/mean").asDouble());
        assertEquals(0.0, j.at("/stances/negative/start/sd").asDouble());
        assertTrue(j.at("/stances/negative/end/mean").asDouble() > 40, "drifted by about 30");
        assertEquals(1.0, j.at("/themes/T7/start/mean").asDouble());
        assertEquals(2.0, j.at("/engagement/likePerRetweet/mean").asDouble(), 1e-12);
        assertEquals(8.0, j.at("/engagement/likePerReply/mean").asDouble(), 1e-12);
    }

    @Test
    void chartsAreReadablePngs() throws IOException {
        BufferedImage panel = ImageIO.read(out.resolve("base").resolve(DiluvsionWriter.STANCE_PNG).toFile());
        assertNotNull(panel);
        assertEquals(StanceCharts.PANEL_WIDTH, panel.getWidth());
        BufferedImage grid = ImageIO.read(out.resolve(DiluvsionSweep.FIGURE3).toFile());
        assertNotNull(grid);
        assertEquals(2 * StanceCharts.PANEL_WIDTH * 3 / 4, grid.getWidth(), "two panels side by side");
    }

    @Test
    void sweepWritesTable1() throws IOException {
        List<String[]> rows = csv(out.resolve(DiluvsionSweep.TABLE1_CSV));
        assertEquals(List.of("row", "start", "base", "more"), List.of(rows.get(0)));
        assertEquals(1 + 3 + DiluvsionMetrics.THEMES, rows.size());
        assertEquals("Con", rows.get(1)[0]);
        assertEquals("28", rows.get(1)[1]);
        assertFalse(rows.get(1)[2].endsWith("*"), "a baseline is not marked against itself");
        assertTrue(rows.get(1)[3].endsWith("*"), "a drift of 30 against noise of sd 3 is significant: " + rows.get(1)[3]);
        assertEquals("Neu", rows.get(2)[0]);
        assertEquals("26", rows.get(2)[3], "identical samples: no mark");
        assertTrue(Files.readString(out.resolve(DiluvsionSweep.TABLE1_MD)).contains("|Con|28|"));
        assertEquals(1 + 2 * 15, Files.readAllLines(out.resolve(DiluvsionSweep.TABLE1_STATS)).size());
    }

    @Test
    void noTemporaryFilesRemain() throws IOException {
        try (var files = Files.walk(out)) {
            List<String> temp = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(StagedDirectory.STAGING) || n.startsWith(StagedDirectory.REPLACED)).toList();
            assertEquals(List.of(), temp);
        }
    }

    @Test
    void anExistingScenarioDirectoryIsReplacedWhole() throws IOException {
        Path o = dir.resolve("replace");
        Files.createDirectories(o.resolve("x"));
        Files.writeString(o.resolve("x").resolve("stale.txt"), "old");
        new DiluvsionSweep(new FakeRuns(), RunProgress.NONE).run(List.of(TestScenarios.small("x", "x", 1, 3)), new SweepOptions(o, 1, false, false));
        assertFalse(Files.exists(o.resolve("x").resolve("stale.txt")));
        assertTrue(Files.exists(o.resolve("x").resolve(DiluvsionWriter.SUMMARY)));
    }
}
