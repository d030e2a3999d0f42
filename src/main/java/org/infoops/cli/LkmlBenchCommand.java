package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.util.List;
import java.util.concurrent.Callable;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.MixturePipeline;
import org.infoops.scenario.lkml.LkmlMixtures;
import org.infoops.scenario.lkml.LkmlScenario;
import org.infoops.scenario.lkml.LkmlBinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole LKML mixture experiment as a benchmark: both configurations, every learner, every grid cell and seed of
 * the scenario (default: lkml/default, 5 seeds, 2 threads), timed end to end, with the trainings per second and
 * peak heap. Nothing is written.
 */
@Command(name = "lkml", mixinStandardHelpOptions = true,
        description = "Time the whole LKML mixture grid (both configurations, all learners and seeds): wall time, trainings/s, peak heap.")
public final class LkmlBenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "lkml/default", description = "Scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", description = "Seeds (default: the scenario's runs).")
    Integer runs;

    @Option(names = "--threads", defaultValue = "2", description = "Seeds in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        LkmlScenario s = new ScenarioLoader().load(scenario, LkmlScenario.class);
        if (runs != null) s = s.withRuns(runs);
        System.out.printf("scenario %s: %,d contributors, %d seeds, %d x %d grid, %s; %d threads on %d cores, max heap %s%n",
                s.name(), s.groundTruth().contributors(), s.runs(), s.mixtures().shares().size(), s.mixtures().shares().size(),
                s.mixtures().methods(), threads, Runtime.getRuntime().availableProcessors(), HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
        HeapPeaks.reset();
        long t0 = System.nanoTime();
        List<MixturePipeline.SeedResult> r = new LkmlMixtures(s, List.of(Configuration.values())).run(threads, System.out::println);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long trainings = r.stream().mapToLong(x -> x.cells().size()).sum();
        System.out.printf("whole grid: %.1f s wall, %,d classifiers trained and scored (%.1f/s), peak heap %s%n",
                seconds, trainings, trainings / seconds, HeapPeaks.mib(HeapPeaks.peak()));
        return 0;
    }
}
