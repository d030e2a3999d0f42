package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioLoader;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Diluvsion trajectories are pinned byte for byte: the steps.csv, agents.csv and tweets.csv (every run's tweets)
 * of diluvsion/small (seed 7, 2 runs) and diluvsion/sim01 (seed 1, 1 run), as {@code run ... --all-tweets} wrote
 * them (regenerated when the calibrated theme readings became the defaults), are stored under
 * {@code diluvsion/golden/}; so is sim01 under the readings shipped before that ({@code sim01-previous.yaml}), which
 * must stay selectable by name and give the same bytes. Any change to the model's
 * random draws or their order changes these bytes; a speed-up must not. Checked on 1 and 2 threads.
 */
class GoldenTrajectoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} seed {1}, {2} runs, {3} threads")
    @CsvSource({"small, 7, 2, 1", "small, 7, 2, 2", "sim01, 1, 1, 1", "sim01-previous, 1, 1, 1"})
    void trajectoriesMatchTheStoredOutputsByteForByte(String name, long seed, int runs, int threads)
            throws IOException {
        DiluvsionScenario scenario = new DiluvsionOverrides(runs, null, seed)
                .apply(new ScenarioLoader().load(source(name), DiluvsionScenario.class));
        new DiluvsionSweep(new DiluvsionSimulation(), RunProgress.NONE)
                .run(List.of(scenario), new SweepOptions(dir, threads, true, false));
        Path written = dir.resolve(name);

        List<String> expectedSteps = lines(gunzip("/diluvsion/golden/" + name + "-steps.csv.gz"));
        List<String> actualSteps = Files.readAllLines(written.resolve(DiluvsionWriter.STEPS));
        assertEquals(expectedSteps.size(), actualSteps.size(), "steps.csv rows");
        for (int i = 0; i < expectedSteps.size(); i++) {
            // Line by line first, so that a failure names the first step that differs.
            assertEquals(expectedSteps.get(i), actualSteps.get(i), "steps.csv line " + (i + 1));
        }
        Map<String, String> expected = storedDigests("/diluvsion/golden/" + name + ".sha256");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String file : expected.keySet()) actual.put(file, sha256(Files.readAllBytes(written.resolve(file))));
        assertEquals(expected, actual, "SHA-256 of the run's CSV files");
    }

    /** An embedded scenario, or for sim01-previous (the readings before the theme calibration) the stored file. */
    private static String source(String name) {
        if (!name.endsWith("-previous")) return "diluvsion/" + name;
        try {
            return Path.of(GoldenTrajectoryTest.class.getResource("/diluvsion/golden/" + name + ".yaml").toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(String resource) throws IOException {
        try (InputStream in = GoldenTrajectoryTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new GZIPInputStream(in).readAllBytes();
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    /** sha256sum's format: digest, two spaces, file name. */
    private static Map<String, String> storedDigests(String resource) throws IOException {
        try (InputStream in = GoldenTrajectoryTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Map<String, String> digests = new LinkedHashMap<>();
            for (String line : lines(in.readAllBytes())) {
                String[] parts = line.split("\\s+", 2);
                digests.put(parts[1].trim(), parts[0]);
            }
            return digests;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
