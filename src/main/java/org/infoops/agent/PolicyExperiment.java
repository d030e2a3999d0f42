package org.infoops.agent;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.StepResult;
import org.infoops.env.Value;
import org.infoops.kernel.RandomStreams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Compares policies on one environment over many seeds: every policy plays one episode per seed
 * (common random numbers: the same worlds for every policy), and the report gives each policy's mean
 * return with a 95% confidence interval and its paired difference to the first (baseline) policy.
 * Episodes run in parallel; the results do not depend on the number of threads.
 */
public final class PolicyExperiment {
    /**
     * @param envId              environment id
     * @param options            environment options
     * @param firstSeed          seeds are firstSeed, firstSeed + 1, ...
     * @param episodes           episodes (seeds) per policy; at least 2 for an interval
     * @param maxStepsPerEpisode an episode still running after this many steps is stopped (and counted)
     * @param threads            episodes run at once
     */
    public record Settings(String envId, Options options, long firstSeed, int episodes, long maxStepsPerEpisode, int threads) {
        public Settings {
            if (episodes < 2) throw new IllegalArgumentException("episodes " + episodes + ": allowed 2 or more");
            if (maxStepsPerEpisode < 1) throw new IllegalArgumentException("maxStepsPerEpisode must be positive");
            if (threads < 1) throw new IllegalArgumentException("threads must be positive");
        }

        public static Settings of(String envId, int episodes) {
            return new Settings(envId, Options.empty(), 1, episodes, 1_000_000, Runtime.getRuntime().availableProcessors());
        }
    }

    private record Episode(double totalReturn, boolean cut) {}

    private final EnvironmentRegistry registry;
    private final Settings settings;

    public PolicyExperiment(EnvironmentRegistry registry, Settings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    /** Runs every policy (name -> a fresh instance per episode) on every seed; the first is the baseline. */
    public ExperimentReport run(Map<String, Supplier<? extends Policy>> policies) {
        if (policies.isEmpty()) throw new IllegalArgumentException("no policies to compare");
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            Map<String, List<Future<Episode>>> futures = new LinkedHashMap<>();
            for (Map.Entry<String, Supplier<? extends Policy>> p : policies.entrySet()) {
                List<Future<Episode>> perSeed = new ArrayList<>();
                for (int i = 0; i < settings.episodes(); i++) {
                    long seed = settings.firstSeed() + i;
                    Supplier<? extends Policy> factory = p.getValue();
                    perSeed.add(pool.submit(() -> play(factory.get(), seed)));
                }
                futures.put(p.getKey(), perSeed);
            }
            Map<String, double[]> returns = new LinkedHashMap<>();
            Map<String, Integer> cut = new LinkedHashMap<>();
            for (Map.Entry<String, List<Future<Episode>>> e : futures.entrySet()) {
                double[] r = new double[settings.episodes()];
                int stopped = 0;
                for (int i = 0; i < r.length; i++) {
                    Episode ep = get(e.getValue().get(i));
                    r[i] = ep.totalReturn();
                    if (ep.cut()) stopped++;
                }
                returns.put(e.getKey(), r);
                cut.put(e.getKey(), stopped);
            }
            return report(returns, cut);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Episode get(Future<Episode> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Episode play(Policy policy, long seed) {
        try (Environment env = registry.make(settings.envId(), settings.options())) {
            ResetResult start = env.reset(seed);
            policy.reset(env.spec(), new RandomStreams(seed).stream("policy"));
            Map<String, Value> observations = new LinkedHashMap<>(start.observations());
            double total = 0;
            for (long step = 0; step < settings.maxStepsPerEpisode(); step++) {
                StepResult result = env.step(policy.act(observations));
                total += result.totalReward();
                if (result.episodeOver()) return new Episode(total, false);
                observations.clear();
                for (String agent : result.liveAgents()) {
                    observations.put(agent, result.transitions().get(agent).observation());
                }
            }
            return new Episode(total, true);
        }
    }

    private ExperimentReport report(Map<String, double[]> returns, Map<String, Integer> cut) {
        double t = new TDistribution(settings.episodes() - 1).inverseCumulativeProbability(0.975);
        double[] baseline = returns.values().iterator().next();
        List<PolicyResult> results = new ArrayList<>();
        for (Map.Entry<String, double[]> e : returns.entrySet()) {
            double[] r = e.getValue();
            double[] mean = interval(r, t);
            double[] diff = new double[r.length];
            for (int i = 0; i < r.length; i++) diff[i] = r[i] - baseline[i];
            double[] d = interval(diff, t);
            results.add(new PolicyResult(e.getKey(), r.clone(), mean[0], mean[1], mean[2], d[0], d[1], d[2], cut.get(e.getKey())));
        }
        return new ExperimentReport(settings.envId(), settings.firstSeed(), settings.episodes(), results);
    }

    /** {mean, low, high} of the 95% interval of the mean. */
    private static double[] interval(double[] values, double t) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) s.addValue(v);
        double half = t * s.getStandardDeviation() / Math.sqrt(s.getN());
        return new double[] {s.getMean(), s.getMean() - half, s.getMean() + half};
    }
}
