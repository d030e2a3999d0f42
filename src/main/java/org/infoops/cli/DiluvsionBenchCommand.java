package org.infoops.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GraphFactory;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.DiluvsionModel;
import org.infoops.model.diluvsion.DiluvsionSetup;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Whole-run benchmark of the Diluvsion model on one thread: graph build time, wall time per run, agent-steps per
 * second and peak heap. Targets: Sim 1 (1,000 agents x 1,344 steps) at most 0.30 s; 100,000 agents at most 90 s
 * within 2 GiB of heap (run with -Xmx2g to hold it to that). Beside the wall time it gives the run thread's CPU time,
 * which time taken by other jobs on a shared machine does not inflate (their cache pressure still does).
 */
@Command(name = "diluvsion", mixinStandardHelpOptions = true,
        description = "Time whole Diluvsion runs on one thread (agent-steps/s, wall time, peak heap).")
public final class DiluvsionBenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "diluvsion/sim01", description = "Scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--agents", description = "Scale the population to this many agents (default: the scenario's).")
    Integer agents;

    @Option(names = "--steps", description = "Steps per run (default: the scenario's).")
    Integer steps;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        DiluvsionScenario sc = new ScenarioLoader().load(scenario, DiluvsionScenario.class);
        DiluvsionSetup setup = sc.setup();
        if (agents != null) setup = setup.scaledTo(agents);
        if (steps != null) setup = setup.withSteps(steps);
        int n = setup.parameters().population().agents();
        int nodes = setup.bots().placement() == BotSettings.Placement.FRINGE ? n - setup.bots().count() : n;
        System.out.printf("scenario %s: %,d agents (%,d bots), %,d steps; %d warm-up + %d measured runs; %d cores, max heap %s%n",
                sc.name(), n, setup.bots().count(), setup.steps(), warmup, runs,
                Runtime.getRuntime().availableProcessors(), HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
        HeapPeaks.reset();
        long g0 = System.nanoTime();
        FollowerGraph graph = GraphFactory.build(setup.graph(), nodes, 0).freeze(); // as the run command does
        double graphSeconds = (System.nanoTime() - g0) / 1e9;
        System.out.printf("graph: %,d nodes, %,d edges, built in %.2f s, %.2f MiB frozen (shared by the runs)%n", graph.size(),
                graph.edgeCount(), graphSeconds, graph.memoryBytes() / 1048576.0);
        RandomStreams streams = new RandomStreams(sc.seed());
        for (int w = 0; w < warmup; w++) DiluvsionModel.run(setup, graph, streams, w);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            DiluvsionModel.run(setup, graph, streams, warmup + r);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpuSeconds[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("run %d: %.3f s (thread CPU %.3f s)%n", r, seconds[r], cpuSeconds[r]);
        }
        double median = RunSpread.print("wall time", seconds);
        RunSpread.print("thread CPU", cpuSeconds);
        double agentSteps = (double) n * setup.steps();
        System.out.printf("agent-steps/s: %,.0f (median run)%n", agentSteps / median);
        System.out.printf("peak heap (sum of heap pool peaks): %s%n", HeapPeaks.mib(HeapPeaks.peak()));
        return 0;
    }
}
