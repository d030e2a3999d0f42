package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.scenario.shard.RunRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration's screening cut into shards and merged writes the evaluations log a single machine writes, byte for
 * byte; the resumed calibration then finishes exactly as the single machine did. Synthetic runs ({@link FakeRuns})
 * whose drift depends on the candidate's parameters and bots keep it to a second; the log and the merge are real.
 */
class CalibrationShardTest {
    private static final String SPACE = """
            training: [sim01]
            heldOut: [sim02]
            discrete:
              parameters.themes.adoptMode: [add, replace]
              parameters.themes.adoptOn: [infection, conversion]
              parameters.delivery.replyAudience: [all-replies, replies-to-replies]
            continuous:
              bots.primaryTacticProbability: {min: 0.0, max: 1.0}
            """;

    /** Candidates differ in their scores, so the screening's order and the CMA-ES path depend on the values. */
    private static Calibrator calibrator() {
        return new Calibrator(new FakeRuns(s -> Math.floorMod((s.setup().parameters() + "|" + s.setup().bots()).hashCode(), 60), false),
                CalibrationProgress.NONE);
    }

    private static Calibrator.Settings settings(int evaluations) throws Exception {
        return new Calibrator.Settings(CalibrationSpace.parse(SPACE, "test"), 1, evaluations, 1, 2, 2, 7);
    }

    @Test
    void mergedShardsEqualTheSingleMachineLogAndTheRunFinishesTheSame(@TempDir Path tmp) throws Exception {
        Calibrator.Settings s = settings(4);
        Calibrator.Result single = calibrator().calibrate(s, tmp.resolve("single"));
        int n = CalibrationShard.items(s);
        assertEquals(8, n);
        List<Path> shards = List.of(tmp.resolve("s0"), tmp.resolve("s1"), tmp.resolve("s2"));
        for (int i = 0; i < shards.size(); i++) {
            CalibrationShard.run(calibrator(), s, RunRange.shard(i, shards.size(), n), shards.get(i));
        }
        Path merged = tmp.resolve("merged");
        CalibrationShard.merge(List.of(shards.get(2), shards.get(0), shards.get(1)), s, merged); // the order the shards are named in does not matter
        byte[] singleLog = Files.readAllBytes(tmp.resolve("single").resolve(CalibrationLog.FILE));
        String screeningOnly = String.join("\n", Files.readString(tmp.resolve("single").resolve(CalibrationLog.FILE)).lines()
                .filter(l -> !l.startsWith("cma,")).toList()) + "\n";
        assertEquals(screeningOnly, Files.readString(merged.resolve(CalibrationLog.FILE)), "the merged screening log");

        Calibrator.Result resumed = calibrator().calibrate(s, merged);
        assertArrayEquals(singleLog, Files.readAllBytes(merged.resolve(CalibrationLog.FILE)), "the log after the CMA-ES on the merged log");
        assertEquals(single.best().candidate().key(), resumed.best().candidate().key());
        assertEquals(single.best().objective(), resumed.best().objective());
    }

    @Test
    void aMergeMissingAShardOrOfOtherSettingsIsRefused(@TempDir Path tmp) throws Exception {
        Calibrator.Settings s = settings(0);
        int n = CalibrationShard.items(s);
        CalibrationShard.run(calibrator(), s, RunRange.shard(0, 2, n), tmp.resolve("s0"));
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> CalibrationShard.merge(List.of(tmp.resolve("s0")), s, tmp.resolve("m")));
        assertTrue(missing.getMessage().contains("lack screening item 4"), missing.getMessage());
        assertTrue(Files.notExists(tmp.resolve("m").resolve(CalibrationLog.FILE)), "nothing written on a refused merge");

        ScenarioException other = assertThrows(ScenarioException.class,
                () -> CalibrationShard.merge(List.of(tmp.resolve("s0")), settings(3), tmp.resolve("m")));
        assertTrue(other.getMessage().contains("other settings"), other.getMessage());
    }
}
