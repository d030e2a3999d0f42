package org.infoops.cli;

import org.infoops.scenario.diluvsion.DiluvsionSimulation;
import org.infoops.scenario.ProgressBarProgress;
import org.infoops.scenario.diluvsion.DiluvsionRunFunction;
import org.infoops.scenario.RunProgress;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.scenario.diluvsion.DiluvsionOverrides;
import org.infoops.scenario.ScenarioRunException;
import org.infoops.scenario.diluvsion.DiluvsionSweep;
import org.infoops.scenario.diluvsion.SweepOptions;
import org.infoops.scenario.diluvsion.DiluvsionSweepReport;
import org.infoops.scenario.diluvsion.Table1Format;
import java.util.ArrayList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code run [SCENARIO]}: runs one scenario's replicates and writes its outputs. */
@Command(name = "run", header = "Run one scenario of any model and write its outputs.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs one scenario of any model. A Diluvsion scenario (its runs in parallel) writes <out>/<scenario>/:",
                "  steps.csv       every run and step: run, step, then the metrics",
                "  steps_mean.csv  mean and sd over runs of every metric per step",
                "  tweets.csv      per-tweet engagement counts (run 0; --all-tweets: all)",
                "  agents.csv      every agent at the end of every run",
                "  summary.json    start/end mean and sd of stances and themes, ratios",
                "  stance.png      stance counts over time, mean +- 1 sd (paper Fig. 3)",
                "Prints a Table-1-style summary and where it wrote. A cascade scenario runs its study (as",
                "`reproduce cascade-figures`), a troll scenario Figure 5 over its seeds (`reproduce troll-figure5`),",
                "an LKML scenario its mixture grid, configuration I (`reproduce lkml-figure3`).",
                "Exit codes: 0 done, 1 a run or the writing failed, 2 a bad scenario or option."},
        footer = {"", "Examples:", "  run                               # diluvsion/sim01, embedded in the jar",
                "  run diluvsion/small --runs 2", "  run my-scenario.yaml --out runs/mine --threads 4"})
public final class RunCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "diluvsion/sim01",
            description = "A scenario file, or the name of an embedded one such as diluvsion/sim04 (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    Options options;

    /** Options of another model's experiment (e.g. a cascade's --trials), passed on to it. */
    @CommandLine.Unmatched
    List<String> modelOptions = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final DiluvsionRunFunction function;

    public RunCommand() {
        this(new DiluvsionSimulation());
    }

    /** With another run function (tests, embedding). */
    public RunCommand(DiluvsionRunFunction function) {
        this.function = function;
    }

    @Override
    public Integer call() {
        Object loaded = new ScenarioLoader().load(scenario);
        if (loaded instanceof DiluvsionScenario d) {
            if (!modelOptions.isEmpty()) {
                throw new ScenarioException(null, modelOptions.get(0), "is not an option of run for a diluvsion scenario (see --help)");
            }
            return execute(spec, options, function, () -> List.of(d), false);
        }
        return runOtherModel(loaded);
    }

    /**
     * A scenario of another model runs that model's experiment on it: a cascade scenario its study (as
     * {@code reproduce cascade-figures}), a troll scenario Figure 5 over its seeds, an LKML scenario the mixture grid
     * of configuration I; {@code --out}, {@code --runs} and {@code --threads} pass through where the model has them.
     */
    private int runOtherModel(Object loaded) {
        ModelExperiment experiment = new ModelExperiment(loaded, scenario);
        String model = experiment.model();
        diluvsionOnly("--steps", options.steps, model);
        diluvsionOnly("--seed", options.seed, model);
        if (options.allTweets) diluvsionOnly("--all-tweets", true, model);
        if (!experiment.takesRuns()) diluvsionOnly("--runs", options.runs, model);
        return experiment.execute(spec, options.runs, options.threads, options.out, modelOptions);
    }

    private static void diluvsionOnly(String option, Object value, String model) {
        if (value != null) {
            throw new ScenarioException(null, option, "applies to diluvsion scenarios only; this scenario's model is " + model);
        }
    }

    /** The options {@code run} and {@code sweep} share. */
    public static final class Options {
        @Option(names = "--runs", paramLabel = "N", description = "Runs per scenario (default: the scenario's runs).")
        Integer runs;

        @Option(names = "--steps", paramLabel = "N", description = "Steps per run (default: the scenario's steps).")
        Integer steps;

        @Option(names = "--seed", paramLabel = "SEED", description = "Root seed of the run streams (default: the scenario's seed).")
        Long seed;

        @Option(names = "--threads", paramLabel = "N",
                description = "Worker threads (default: all cores). Results are identical for any number.")
        Integer threads;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Output root; each scenario goes to DIR/<scenario>/ (default: runs/<yyyyMMdd-HHmmss>). "
                        + "An existing DIR/<scenario>/ is replaced once the new one is complete.")
        Path out;

        @Option(names = "--all-tweets", description = "Write every run's tweets to tweets.csv, not only run 0's.")
        boolean allTweets;

        @Option(names = "--no-progress", description = "No progress bar on stderr.")
        boolean noProgress;
    }

    /**
     * Loads, runs and writes; prints the summary (one scenario) or Table 1 (sweep). Every failure ends as one line on
     * stderr: exit 2 for a bad scenario or option, 1 for a failed run or write (plus the cause's stack trace when the
     * cause is a bug rather than an I/O problem).
     */
    static int execute(CommandSpec spec, Options o, DiluvsionRunFunction function, Supplier<List<DiluvsionScenario>> load, boolean table1) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Charts render off-screen; without a display AWT must not try to open one.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        try {
            DiluvsionOverrides overrides = new DiluvsionOverrides(o.runs, o.steps, o.seed);
            List<DiluvsionScenario> scenarios = load.get().stream().map(overrides::apply).toList();
            SweepOptions sweepOptions = new SweepOptions(o.out == null ? defaultOut() : o.out,
                    o.threads == null ? SweepOptions.defaultThreads() : o.threads, o.allTweets, table1);
            RunProgress progress = o.noProgress ? RunProgress.NONE : new ProgressBarProgress(spec.name());
            DiluvsionSweepReport report = new DiluvsionSweep(function, progress).run(scenarios, sweepOptions);
            if (table1) {
                out.print(Table1Format.markdown(report.table1()));
                out.println();
                out.println("wrote " + report.out() + " (" + scenarios.size() + (scenarios.size() == 1 ? " scenario, " : " scenarios, ")
                        + DiluvsionSweep.TABLE1_MD + ", " + DiluvsionSweep.TABLE1_CSV + ", " + DiluvsionSweep.FIGURE3 + ")");
                org.infoops.scenario.diluvsion.Docking docking = org.infoops.scenario.diluvsion.DockingReport.of(report.table1());
                if (!docking.isEmpty()) {
                    out.println("against the paper (" + org.infoops.scenario.diluvsion.DockingReport.MARKDOWN + "): "
                            + org.infoops.scenario.diluvsion.DockingFormat.summaryLine(docking.summary()));
                }
            } else {
                out.print(Table1Format.summary(report.results().get(0)));
                out.println("wrote " + report.results().get(0).directory());
            }
            out.flush();
            return 0;
        } catch (ScenarioRunException e) {
            err.println("error: " + e.getMessage());
            if (e.getCause() != null && !(e.getCause() instanceof IOException)) e.getCause().printStackTrace(err);
            err.flush();
            return EXIT_FAILED;
        } catch (IOException e) {
            err.println("error: cannot write the outputs: " + e);
            err.flush();
            return EXIT_FAILED;
        }
    }

    static Path defaultOut() {
        return Path.of("runs", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
