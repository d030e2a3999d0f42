package org.infoops.scenario.cascade;

import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.nio.file.Path;

/** Runs a cascade study and writes it to {@code out/<scenario>/} atomically ({@link StagedDirectory}). */
public final class CascadeRun {
    private CascadeRun() {}

    public static CascadeStudy.Outcome runAndWrite(CascadeBinder.Loaded loaded, CascadeScenario scenario, Path out, int threads,
                                                   TrainedModelCache trainedModels) throws IOException {
        CascadeStudy.Outcome o = CascadeStudy.run(scenario, loaded.baseDirectory(), threads, trainedModels);
        write(o, out);
        return o;
    }

    /** Writes a study's outcome to {@code out/<scenario>/} atomically (also the merge of a sharded study). */
    public static void write(CascadeStudy.Outcome o, Path out) throws IOException {
        StagedDirectory.write(out.resolve(o.scenario().name()), dir -> CascadeOutputs.write(o, dir));
    }
}
