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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sweep SCENARIO... | --all MODEL}: many scenarios x runs in parallel, then the paper's Table 1 and Figure 3. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs several scenarios (all their runs in parallel), writes each to",
                "<out>/<scenario>/ as `run` does, then into <out>/:",
                "  table1.md, table1.csv  the paper's Table 1: end means over runs, * where",
                "                         Welch's t-test against the baseline gives p < 0.05",
                "  table1_stats.csv       the same with sd and p-values, full precision",
                "  figure3.png            stance evolution, one panel per scenario",
                "  table1_vs_paper.md/.csv/.png  with paper scenarios (sim01..sim16): ours",
                "                         against the paper's Table 1, per simulation",
                "Prints Table 1. Each scenario is written atomically as soon as its runs are",
                "done: a sweep stopped half-way leaves finished scenarios, nothing half-written.",
                "Exit codes: 0 done, 1 a run or the writing failed, 2 a bad scenario or option."},
        footer = {"", "Examples:", "  sweep --all diluvsion                        # Sims 1-16 of the paper",
                "  sweep diluvsion/sim01 diluvsion/sim04 --runs 5 --out runs/likers",
                "  sweep --all diluvsion --shard 0/2 --out runs/s0   # on one machine, 1/2 on another,",
                "  sweep --all diluvsion --merge runs/s0 runs/s1 --out runs/table1   # then merge"})
public class SweepCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO",
            description = "Scenario files or embedded names such as diluvsion/sim04.")
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
        if (shards.merging()) {
            ShardReplay replay = new ShardReplay(shards.merge);
            return RunCommand.execute(spec, options, replay, () -> replay.requireComplete(shards.overridden(this::load, options)), true);
        }
        if (shards.sharding()) {
            return SweepShardCommand.execute(spec.commandLine().getOut(), spec.commandLine().getErr(), options, shards, function, this::load);
        }
        return RunCommand.execute(spec, options, function, this::load, true);
    }

    private List<DiluvsionScenario> load() {
        ScenarioLoader loader = new ScenarioLoader();
        List<String> refs = new ArrayList<>();
        if (all != null) refs.addAll(loader.paperScenarios(all));
        refs.addAll(scenarios);
        if (refs.isEmpty()) {
            throw new ScenarioException(null, "SCENARIO", "none given; allowed: scenario files or names, or --all MODEL ("
                    + String.join(", ", loader.models()) + ")");
        }
        return refs.stream().map(r -> loader.load(r, DiluvsionScenario.class)).toList();
    }
}
