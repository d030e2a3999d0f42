package org.infoops.cli;

import org.infoops.scenario.diluvsion.CalibrationLog;
import org.infoops.scenario.diluvsion.CalibrationProgress;
import org.infoops.scenario.diluvsion.CalibrationReport;
import org.infoops.scenario.diluvsion.CalibrationSpace;
import org.infoops.scenario.diluvsion.Calibrator;
import org.infoops.scenario.diluvsion.DiluvsionSimulation;
import org.infoops.scenario.diluvsion.DockingFormat;
import org.infoops.scenario.diluvsion.DockingReport;
import org.infoops.scenario.diluvsion.SweepOptions;
import org.infoops.scenario.diluvsion.CalibrationShard;
import org.infoops.scenario.shard.RunRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code calibrate}: fits the readings and values the Diluvsion paper leaves open to its Table 1. */
@Command(name = "calibrate", header = "Fit the Diluvsion readings and values the paper leaves open to its Table 1.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Fits the Diluvsion readings and values the paper leaves open to its Table 1:",
                "screens every combination of the discrete readings, refines the best with",
                "CMA-ES (Commons Math) over the continuous values, on the training simulations",
                "with common random numbers; then runs the shipped and the calibrated values on",
                "all 16 paper simulations. Writes into <out>/:",
                "  calibrated.yaml        the chosen values with provenance, each marked [C]",
                "  calibration_report.md  before/after docking, held-out simulations apart,",
                "                         the objective surface",
                "  objective_surface.csv  every candidate scored",
                "  evaluations.csv        the resume log: rerun the same command to resume",
                "  before/, after/        full sweeps with table1_vs_paper.md/.csv/.png",
                "Sharding: the screening's combinations are independent, so --shard I/N (or",
                "--run-range) screens only its share into <out>/evaluations.csv and stops;",
                "--merge DIR... writes the shards' union as one log, byte for byte what one",
                "machine writes, then calibrates on from it. The CMA-ES generations depend on",
                "each other and always run on the merging machine; give every shard and the",
                "merge the same options.",
                "Exit codes: 0 done, 1 a run or the writing failed, 2 a bad option or file."},
        footer = {"", "Examples:", "  calibrate --runs 2 --evaluations 12 --out runs/calibration",
                "  calibrate --shard 0/2 --out runs/c0   # on one machine, --shard 1/2 on another,",
                "  calibrate --merge runs/c0 runs/c1 --out runs/calibration   # then merge and finish"})
public final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--space", paramLabel = "FILE",
            description = "Calibration space (split, discrete readings, continuous ranges); default: the shipped diluvsion/calibration.yaml.")
    String space;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2",
            description = "Runs per training simulation and candidate (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "12",
            description = "CMA-ES budget (candidates) per finalist (default: ${DEFAULT-VALUE}; 0 = screening only).")
    int evaluations;

    @Option(names = "--finalists", paramLabel = "N", defaultValue = "1",
            description = "Best screened combinations refined by CMA-ES (default: ${DEFAULT-VALUE}).")
    int finalists;

    @Option(names = "--final-runs", paramLabel = "N", defaultValue = "20",
            description = "Runs per simulation of the before/after sweeps (default: ${DEFAULT-VALUE}, the paper's).")
    int finalRuns;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "CMA-ES seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (resumes when it holds a log).")
    Path out;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Mixin
    ShardOptions shards;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CommandBody.execute(spec, out -> {
            CommandBody.check(runs >= 1, "--runs", runs, "1 or more");
            CommandBody.check(evaluations >= 0, "--evaluations", evaluations, "0 or more");
            CommandBody.check(finalists >= 1, "--finalists", finalists, "1 or more");
            CommandBody.check(finalRuns >= 2, "--final-runs", finalRuns, "2 or more (the * marks need a t-test)");
            Calibrator.Settings settings = new Calibrator.Settings(CalibrationSpace.load(space), runs, evaluations, finalists,
                    finalRuns, threads == null ? SweepOptions.defaultThreads() : threads, seed);
            CalibrationProgress progress = noProgress ? CalibrationProgress.NONE : new CalibrationProgress(true);
            Calibrator calibrator = new Calibrator(new DiluvsionSimulation(), progress);
            if (shards.merging()) {
                CalibrationShard.merge(shards.merge, settings, this.out);
            } else if (shards.sharding()) {
                RunRange range = shards.range(CalibrationShard.items(settings));
                int screened = CalibrationShard.run(calibrator, settings, range, this.out).size();
                out.println("screened combinations " + range + " (" + screened + " of " + CalibrationShard.items(settings)
                        + ") into " + this.out.resolve(CalibrationLog.FILE) + "; merge the shards with --merge");
                return;
            }
            Calibrator.Result r = calibrator.calibrate(settings, this.out);
            String version = CalibrateCommand.class.getPackage().getImplementationVersion();
            CalibrationReport.write(r, settings, this.out, "infoops-gym " + String.join(" ", spec.commandLine().getParseResult().originalArgs()),
                    version == null ? "dev" : version);
            out.println("best: " + r.best().candidate().key());
            out.println("before: " + DockingFormat.summaryLine(DockingReport.of(r.before().table1()).summary()));
            out.println("after:  " + DockingFormat.summaryLine(DockingReport.of(r.after().table1()).summary()));
            out.println("held-out simulations " + (CalibrationReport.heldOutImproved(r, settings.space()) ? "improved" : "did not improve"));
            out.printf(java.util.Locale.ROOT, "wrote %s (%s, %s) in %.0f s%n", this.out, CalibrationReport.CALIBRATED, CalibrationReport.REPORT, r.wallSeconds());
        });
    }
}
