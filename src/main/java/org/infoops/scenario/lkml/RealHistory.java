package org.infoops.scenario.lkml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.model.lkml.LogCsv;
import org.infoops.model.lkml.MessageLog;
import org.infoops.model.lkml.truth.GroundTruthHistory;
import org.infoops.scenario.ScenarioException;

/**
 * Where the "real" message log comes from: the scenario's CSV log (the same for every seed), or the ground-truth
 * generator (a new history per seed). The one place outside the generator's package that calls it: everything
 * downstream receives only the {@link MessageLog}.
 */
public final class RealHistory {
    private RealHistory() {
    }

    public static MessageLog of(LkmlScenario s, long runSeed) {
        if (s.realLog() == null) return GroundTruthHistory.generate(s.groundTruth(), s.parameters(), runSeed);
        Path file = Path.of(s.realLog());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return LogCsv.read(in, file.toString());
        } catch (IllegalArgumentException e) { // a malformed log is the user's input: one line naming the line and column
            throw new ScenarioException(s.source(), "realLog", e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message log " + file + ": " + e.getMessage(), e);
        }
    }
}
