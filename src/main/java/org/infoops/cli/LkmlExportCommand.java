package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.infoops.model.lkml.SyntheticPools;
import org.infoops.scenario.lkml.LkmlExport;
import org.infoops.scenario.lkml.LkmlScenario;
import org.infoops.scenario.lkml.LkmlBinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export lkml}: one seed's real and synthetic message logs and labelled feature tables as CSV. */
@Command(name = "lkml", header = "Write one seed's LKML history, real and synthetic, as CSV.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds one seed's real history (generated, or the scenario's log), fits",
                "the world on its first half of 2021, simulates 2021, and writes",
                "<out>/real_log.csv, synthetic_log.csv, real_features.csv,",
                "synthetic_features.csv and configuration_I_labels.csv (schemas in the",
                "README), atomically."},
        footer = {"", "Example:", "  export lkml --scenario lkml/small --run 0 --out runs/lkml-data"})
public final class LkmlExportCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "lkml/small", description = "LKML scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--run", defaultValue = "0", description = "Which run's seed (default: ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--out", defaultValue = "runs/lkml-export", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (run < 0) {
            return Usage.error("--run " + run + " is out of range; allowed: 0 or more");
        }
        LkmlScenario s = new ScenarioLoader().load(scenario, LkmlScenario.class); // a bad scenario: Main reports it, exit 2
        long t0 = System.nanoTime();
        SyntheticPools p = LkmlExport.write(s, run, out);
        System.out.printf("real: %,d accepted patches in 2021, %,d in 2022; synthetic: %,d messages, %,d accepted patches; written to %s in %.1f s%n",
                p.real().size(), p.test().size(), p.simulated().size(), p.configurationII().size(), out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
