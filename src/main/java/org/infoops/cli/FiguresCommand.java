package org.infoops.cli;

import org.infoops.model.diluvsion.StanceTrace;
import org.infoops.scenario.diluvsion.NetworkFigures;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code figures}: the Diluvsion paper's network figures (Figures 5-9) with 100 agents. */
@Command(name = "figures", header = "The Diluvsion paper's network figures (Figures 5-9) as PNG and GraphML.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "The Diluvsion paper's network figures (Figures 5-9): 100 agents with 10 bots,",
                "embedded (Sim 1 otherwise) and on the fringe (Sim 6 otherwise), one run each.",
                "Writes <out>/embedded/ and <out>/fringe/, each atomically:",
                "  network_start.png, network_end.png   JGraphT Fruchterman-Reingold layout,",
                "                     coloured by stance, sized by likes per reply, bots ringed",
                "  network_start.graphml, network_end.graphml   for Gephi (stance, bot, likes, replies)",
                "  stance_timeline.png  every agent's stance over the steps",
                "Exit codes: 0 done, 1 the writing failed, 2 a bad option."})
public final class FiguresCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1344", description = "Steps (default: ${DEFAULT-VALUE}, the paper's).")
    int steps;

    @Option(names = "--run", paramLabel = "R", defaultValue = "0", description = "Run index: which graph and streams (default: ${DEFAULT-VALUE}).")
    int run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CommandBody.execute(spec, out -> {
            CommandBody.check(steps >= 1, "--steps", steps, "1 or more");
            CommandBody.check(run >= 0, "--run", run, "0 or more");
            for (String setting : List.of("embedded", "fringe")) {
                DiluvsionScenario s = NetworkFigures.scenario(setting, steps);
                StanceTrace t = NetworkFigures.trace(s, run);
                NetworkFigures.write(t, setting + " bots, 100 agents, run " + run, s.seed(), this.out.resolve(setting));
                int[] end = new int[3];
                for (byte b : t.stance()[t.stance().length - 1]) end[b]++;
                out.printf("%s: end stances %d / %d / %d (negative / neutral / positive), wrote %s%n", setting, end[0], end[1], end[2],
                        this.out.resolve(setting));
            }
        });
    }
}
