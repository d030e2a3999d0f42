package org.infoops.scenario;

import java.io.IOException;
import java.nio.file.Path;

/** Runs a cascade study and writes it to {@code out/<scenario>/} atomically ({@link StagedDirectory}). */
public final class CascadeRun {
    private CascadeRun() {}

    public static CascadeStudy.Outcome runAndWrite(CascadeScenarioLoader.Loaded loaded, CascadeScenario scenario, Path out, int threads)
            throws IOException {
        CascadeStudy.Outcome o = CascadeStudy.run(scenario, loaded.baseDirectory(), threads);
        StagedDirectory.write(out.resolve(scenario.name()), dir -> CascadeOutputs.write(o, dir));
        return o;
    }
}
