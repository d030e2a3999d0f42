package org.infoops.scenario.lkml;

import org.infoops.scenario.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.MessageLog;
import org.infoops.model.lkml.MixturePipeline;
import org.infoops.model.lkml.MixturePipeline.CellResult;
import org.infoops.model.lkml.MixturePipeline.SeedResult;

/**
 * The paper's Figures 3 and 4 over seeds: for every run of the scenario, the real history (generated or read),
 * then {@link MixturePipeline} for the chosen configurations; then per grid cell the mean and 95% interval over
 * seeds of KS D and RMSE, and the paper's two claims checked on them ({@link MixtureClaims}). Seeds run in
 * parallel on {@code threads} threads; every seed draws only from its own streams, so the results do not
 * depend on the thread count.
 */
public final class LkmlMixtures {
    /** A grid cell over seeds: mean and 95% t interval of each measure. */
    public record Summary(Configuration configuration, Method method, double realShare, double syntheticShare, int seeds,
                          Interval ksD, Interval rmse, Interval auc) {}

    private final LkmlScenario scenario;
    private final List<Configuration> configurations;

    public LkmlMixtures(LkmlScenario scenario, List<Configuration> configurations) {
        this.scenario = scenario;
        this.configurations = List.copyOf(configurations);
    }

    public List<SeedResult> run(int threads, Consumer<String> progress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<SeedResult>> futures = new ArrayList<>();
            for (int r = 0; r < scenario.runs(); r++) {
                final int run = r;
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    long seed = scenario.runSeed(run);
                    MessageLog real = RealHistory.of(scenario, seed);
                    SeedResult res = MixturePipeline.run(real, scenario.parameters(), scenario.mixtures().shares(),
                            scenario.mixtures().methods(), configurations, seed);
                    progress.accept(String.format(java.util.Locale.ROOT, "seed %d/%d done in %.1f s: %,d real messages, %s",
                            run + 1, scenario.runs(), (System.nanoTime() - t0) / 1e9, real.size(), res.pools()));
                    return res;
                }));
            }
            List<SeedResult> out = new ArrayList<>();
            for (Future<SeedResult> f : futures) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r; // e.g. a bad real log, reported as itself
                    throw e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    public static List<Summary> summarise(List<SeedResult> results) {
        Map<String, List<CellResult>> by = new LinkedHashMap<>();
        for (SeedResult s : results) for (CellResult c : s.cells()) by.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        List<Summary> out = new ArrayList<>();
        for (List<CellResult> cells : by.values()) {
            CellResult c = cells.get(0);
            out.add(new Summary(c.configuration(), c.method(), c.realShare(), c.syntheticShare(), cells.size(),
                    Interval.of(cells.stream().mapToDouble(CellResult::ksD).toArray()),
                    Interval.of(cells.stream().mapToDouble(CellResult::rmse).toArray()),
                    Interval.of(cells.stream().mapToDouble(CellResult::auc).toArray())));
        }
        return out;
    }

    static String key(CellResult c) {
        return c.configuration() + "/" + c.method() + "/" + c.realShare() + "/" + c.syntheticShare();
    }

    public List<Configuration> configurations() {
        return configurations;
    }

    public LkmlScenario scenario() {
        return scenario;
    }
}
