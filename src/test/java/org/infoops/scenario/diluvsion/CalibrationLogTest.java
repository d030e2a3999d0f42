package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration's resume log: what was scored comes back, a cut line does not, other settings are refused. */
class CalibrationLogTest {
    @Test
    void scoredCandidatesSurviveARestartAndACutLineIsIgnored(@TempDir Path dir) throws Exception {
        try (CalibrationLog log = CalibrationLog.open(dir, "settings A")) {
            log.add(new CalibrationLog.Entry("screen", "a=1;b=x", 12.5, "2/7 match, theme MAE 140.0"));
            log.add(new CalibrationLog.Entry("cma", "a=2;b=x", 10.25, "3/7 match"));
        }
        Files.writeString(dir.resolve(CalibrationLog.FILE), "cma,\"a=3;b=x\",9.0,\"3/7 ma", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (CalibrationLog log = CalibrationLog.open(dir, "settings A")) {
            assertEquals(2, log.size());
            assertEquals(12.5, log.get("a=1;b=x").objective());
            assertEquals("2/7 match, theme MAE 140.0", log.get("a=1;b=x").summary());
            assertNull(log.get("a=3;b=x"));
            log.add(new CalibrationLog.Entry("cma", "a=4;b=x", 8.0, "4/7 match"));
        }
        try (CalibrationLog log = CalibrationLog.open(dir, "settings A")) {
            assertEquals(8.0, log.get("a=4;b=x").objective(), "an entry after a cut line reads back");
        }
    }

    @Test
    void aLogOfOtherSettingsIsRefused(@TempDir Path dir) throws Exception {
        try (CalibrationLog log = CalibrationLog.open(dir, "settings A")) {
            log.add(new CalibrationLog.Entry("screen", "a=1", 1, "s"));
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationLog.open(dir, "settings B"));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }
}
