package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.infoops.model.troll.PerfectPrediction;
import org.infoops.model.troll.PostingPolicy;
import org.infoops.model.troll.Postponement;
import org.infoops.model.troll.TrollParameters;
import org.infoops.model.troll.TrollSociety;
import org.infoops.model.troll.TrollWorld;
import org.infoops.scenario.troll.TrollExport;
import org.infoops.scenario.troll.TrollScenario;
import org.infoops.scenario.troll.TrollBinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export troll}: one troll world's event log and labelled feature table as CSV. */
@Command(name = "troll", header = "Write one troll-attack world as CSV events and labelled features.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one troll-attack world and writes <out>/posts.csv, comments.csv, attacks.csv,",
                "reschedules.csv and features.csv (columns in the README), atomically."},
        footer = {"", "Example:", "  export troll --scenario troll/small --run 0 --out runs/troll-data"})
public final class TrollExportCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "troll/small", description = "Troll scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--run", defaultValue = "0", description = "Which run's seed (default: ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--policy", defaultValue = "none",
            description = "Influencers' policy in the evaluation months: none or perfect (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--out", defaultValue = "runs/troll-export", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!List.of("none", "perfect").contains(policy)) {
            return Usage.error("--policy '" + policy + "' is not allowed; allowed values: none, perfect");
        }
        if (run < 0) {
            return Usage.error("--run " + run + " is out of range; allowed: 0 or more");
        }
        TrollScenario s = new ScenarioLoader().load(scenario, TrollScenario.class); // a bad scenario: Main reports it, exit 2
        TrollParameters p = s.parameters();
        long seed = s.runSeed(run);
        long t0 = System.nanoTime();
        TrollWorld w = new TrollWorld(p, TrollSociety.build(p, seed), seed, true);
        PostingPolicy inner = policy.equals("perfect")
                ? new PerfectPrediction(w, new Postponement(p.world().influencers(), p.countermeasure().maxDelayMinutes(), seed))
                : PostingPolicy.NONE;
        long start = p.world().trainingMinutes();
        w.run(due -> due.now() < start ? 0 : inner.delay(due));
        TrollExport.write(w, out);
        System.out.printf("%,d posts, %,d comments, %,d reschedules; written to %s in %.1f s%n", w.posts().size(),
                w.commentPosts().size(), w.reschedules().size() / 3, out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
