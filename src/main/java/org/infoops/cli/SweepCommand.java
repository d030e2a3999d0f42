package org.infoops.cli;

import org.infoops.scenario.diluvsion.DiluvsionSimulation;
import org.infoops.scenario.diluvsion.DiluvsionRunFunction;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.scenario.diluvsion.ShardReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code sweep SCENARIO... | --all MODEL}: many scenarios, each written to {@code <out>/<scenario>/}; over the Diluvsion
 * scenarios (runs in parallel) the paper's Table 1 and Figure 3; a scenario of another model runs as {@code run}
 * runs it.
 */
@Command(name = "sweep", header = "Run several scenarios of any model; Diluvsion ones also give Table 1 and Figure 3.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs several scenarios of any model, each into <out>/<scenario>/.",
                "Diluvsion scenarios (all their runs in parallel) are written as `run`",
                "writes them, then into <out>/:",
                "  table1.md, table1.csv  the paper's Table 1: end means over runs, * where",
                "                         Welch's t-test against the baseline gives p < 0.05",
                "  table1_stats.csv       the same with sd and p-values, full precision",
                "  figure3.png            stance evolution, one panel per scenario",
                "  table1_vs_paper.md/.csv/.png  with paper scenarios (sim01..sim16): ours",
                "                         against the paper's Table 1, per simulation",
                "Prints Table 1 (over the Diluvsion scenarios only). Each scenario is",
                "written atomically as soon as its runs are done: a sweep stopped half-way",
                "leaves finished scenarios, nothing half-written.",
                "Then every troll, cascade or LKML scenario, in the order given, runs as",
                "`run` runs it (troll: Figure 5; cascade: its study; LKML: Figure 3).",
                "--runs applies to diluvsion, troll and lkml scenarios; --steps, --seed and",
                "--all-tweets to diluvsion ones; --threads to all but troll. --shard and",
                "--merge take Diluvsion scenarios only.",
                "Exit codes: 0 done, 1 a run or the writing failed, 2 a bad scenario or option."},
        footer = {"", "Examples:", "  sweep --all diluvsion                        # Sims 1-16 of the paper",
                "  sweep diluvsion/sim01 diluvsion/sim04 --runs 5 --out runs/likers",
                "  sweep diluvsion/small troll/small cascade/small --runs 2 --out runs/mixed",
                "  sweep --all diluvsion --shard 0/2 --out runs/s0   # on one machine, 1/2 on another,",
                "  sweep --all diluvsion --merge runs/s0 runs/s1 --out runs/table1   # then merge"})
public class SweepCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO",
            description = "Scenario files or embedded names of any model, such as diluvsion/sim04 or troll/small.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--all", paramLabel = "MODEL",
            description = "Also run every paper scenario embedded for MODEL (diluvsion: sim01..sim16), before the SCENARIOs.")
    protected String all;

    @Mixin
    RunCommand.Options options;

    @Mixin
    ShardOptions shards;

    @Spec
    CommandSpec spec;

    private final DiluvsionRunFunction function;

    public SweepCommand() {
        this(new DiluvsionSimulation());
    }

    /** With another run function (tests, embedding). */
    public SweepCommand(DiluvsionRunFunction function) {
        this.function = function;
    }

    @Override
    public Integer call() {
        List<DiluvsionScenario> diluvsion = new ArrayList<>();
        List<ModelExperiment> others = new ArrayList<>();
        ScenarioLoader loader = new ScenarioLoader();
        for (String reference : references(loader)) {
            Object loaded = loader.load(reference);
            if (loaded instanceof DiluvsionScenario d) diluvsion.add(d);
            else others.add(new ModelExperiment(loaded, reference));
        }
        if (!others.isEmpty()) {
            checkOthers(diluvsion, others);
            if (options.out == null) options.out = RunCommand.defaultOut(); // one root for every model's outputs
        }
        if (shards.merging()) {
            ShardReplay replay = new ShardReplay(shards.merge);
            return RunCommand.execute(spec, options, replay, () -> replay.requireComplete(shards.overridden(() -> diluvsion, options)), true);
        }
        if (shards.sharding()) {
            return SweepShardCommand.execute(spec.commandLine().getOut(), spec.commandLine().getErr(), options, shards, function, () -> diluvsion);
        }
        if (!diluvsion.isEmpty()) {
            int code = RunCommand.execute(spec, options, function, () -> diluvsion, true);
            if (code != 0) return code;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ModelExperiment e : others) {
            out.println("sweep: " + e.reference() + " (" + e.model() + ") into " + options.out.resolve(e.name()));
            out.flush();
            int code = e.execute(spec, e.takesRuns() ? options.runs : null, options.threads, e.outUnder(options.out), List.of());
            if (code != 0) return code;
        }
        return 0;
    }

    private List<String> references(ScenarioLoader loader) {
        List<String> refs = new ArrayList<>();
        if (all != null) {
            List<String> paper = loader.paperScenarios(all);
            if (paper.isEmpty()) {
                throw new ScenarioException(null, "--all", "'" + all + "' has no paper scenarios to sweep; allowed: "
                        + String.join(", ", loader.models().stream().filter(m -> !loader.paperScenarios(m).isEmpty()).toList())
                        + " (or name the scenarios)");
            }
            refs.addAll(paper);
        }
        refs.addAll(scenarios);
        if (refs.isEmpty()) {
            throw new ScenarioException(null, "SCENARIO", "none given; allowed: scenario files or names, or --all MODEL ("
                    + String.join(", ", loader.models()) + ")");
        }
        return refs;
    }

    /**
     * Before anything runs: scenarios of other models cannot be sharded, each option must apply to some scenario
     * of the sweep, and the names (which name the output directories) must be distinct.
     */
    private void checkOthers(List<DiluvsionScenario> diluvsion, List<ModelExperiment> others) {
        ModelExperiment first = others.get(0);
        if (shards.sharding() || shards.merge != null) {
            throw new ScenarioException(first.reference(), "model", "'" + first.model() + "' is not split by sweep --shard/--merge; "
                    + "allowed: diluvsion scenarios only (troll: reproduce troll-figure5 --shard, cascade: reproduce cascade-figures --shard)");
        }
        if (diluvsion.isEmpty()) {
            onlyDiluvsion("--steps", options.steps != null, first);
            onlyDiluvsion("--seed", options.seed != null, first);
            onlyDiluvsion("--all-tweets", options.allTweets, first);
            if (options.runs != null && others.stream().noneMatch(ModelExperiment::takesRuns)) {
                throw new ScenarioException(null, "--runs", "applies to diluvsion, troll and lkml scenarios; this sweep has cascade ones only");
            }
        }
        if (options.runs != null && options.runs < 1) {
            throw new ScenarioException(null, "--runs", options.runs + " is out of range; allowed: 1 or more");
        }
        if (options.threads != null && options.threads < 1) {
            throw new ScenarioException(null, "--threads", options.threads + " is out of range; allowed: 1 or more");
        }
        Set<String> names = new HashSet<>();
        diluvsion.forEach(d -> names.add(d.name()));
        for (ModelExperiment e : others) {
            if (!names.add(e.name())) {
                throw new ScenarioException(e.reference(), "name", "'" + e.name() + "' is used by two scenarios of this sweep; "
                        + "allowed: distinct names (each names its output directory)");
            }
        }
    }

    private static void onlyDiluvsion(String option, boolean given, ModelExperiment first) {
        if (given) {
            throw new ScenarioException(null, option, "applies to diluvsion scenarios only; this sweep has none (" + first.reference()
                    + " is " + first.model() + ")");
        }
    }
}
