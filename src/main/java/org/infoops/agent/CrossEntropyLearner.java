package org.infoops.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.kernel.RandomStreams;

/**
 * The cross-entropy method over open-loop action schedules of a single-agent MultiDiscrete environment: one
 * categorical distribution per (decision, action entry); each iteration samples a population of schedules, scores
 * each on the same training seeds (common random numbers), and moves the distributions toward the elite's
 * frequencies. The learned policy plays each distribution's most likely value. Training seeds are drawn apart from
 * the evaluation seeds a {@link PolicyExperiment} uses (they start at {@link Settings#firstTrainingSeed}).
 */
public final class CrossEntropyLearner {
    /**
     * @param segments          distinct schedule rows: 1 learns a static tactic, the horizon a fully open-loop schedule;
     *                          decision t plays row floor(t x segments / horizon)
     * @param iterations        CEM iterations
     * @param population        schedules sampled per iteration
     * @param eliteFraction     share of the population kept as elite
     * @param smoothing         weight of the old distribution in each update (0 = jump to the elite frequencies)
     * @param seedsPerCandidate training episodes per schedule
     * @param firstTrainingSeed training seeds are drawn from [firstTrainingSeed, firstTrainingSeed + 1,000,000)
     * @param threads           schedules scored at once
     */
    public record Settings(int segments, int iterations, int population, double eliteFraction, double smoothing,
                           int seedsPerCandidate, long firstTrainingSeed, int threads) {}

    private final EnvironmentRegistry registry;
    private final String envId;
    private final Options options;
    private final Settings settings;

    public CrossEntropyLearner(EnvironmentRegistry registry, String envId, Options options, Settings settings) {
        this.registry = registry;
        this.envId = envId;
        this.options = options;
        this.settings = settings;
    }

    /** Learns a schedule; {@code progress} hears the iteration number after each iteration. */
    public SchedulePolicy learn(long seed, IntConsumer progress) throws InterruptedException {
        long[] nvec;
        int horizon;
        try (Environment probe = registry.make(envId, options)) {
            if (!(probe.spec().actionSpace(probe.spec().soleAgent()) instanceof MultiDiscrete md)) {
                throw new IllegalArgumentException(envId + ": the cross-entropy learner needs a MultiDiscrete action space");
            }
            nvec = md.nvec();
            horizon = (int) Math.min(probe.spec().maxEpisodeSteps(), 10_000);
        }
        int rows = Math.max(1, Math.min(settings.segments(), horizon));
        double[][][] p = new double[rows][nvec.length][];
        for (double[][] row : p) for (int d = 0; d < nvec.length; d++) {
            row[d] = new double[(int) nvec[d]];
            Arrays.fill(row[d], 1.0 / nvec[d]);
        }
        UniformRandomProvider rng = new RandomStreams(seed).stream("cem");
        int elite = Math.max(1, (int) Math.round(settings.eliteFraction() * settings.population()));
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            for (int it = 0; it < settings.iterations(); it++) {
                long[] seeds = new long[settings.seedsPerCandidate()];
                for (int i = 0; i < seeds.length; i++) seeds[i] = settings.firstTrainingSeed() + rng.nextInt(1_000_000);
                List<long[][]> candidates = new ArrayList<>();
                for (int c = 0; c < settings.population(); c++) candidates.add(expand(sample(p, rng), horizon));
                List<Future<Double>> scores = new ArrayList<>();
                for (long[][] s : candidates) scores.add(pool.submit(() -> score(s, seeds)));
                Integer[] order = new Integer[candidates.size()];
                double[] value = new double[candidates.size()];
                for (int c = 0; c < order.length; c++) {
                    order[c] = c;
                    value[c] = get(scores.get(c));
                }
                Arrays.sort(order, (a, b) -> Double.compare(value[b], value[a]));
                update(p, candidates, order, elite);
                progress.accept(it);
            }
        } finally {
            pool.shutdownNow();
        }
        long[][] best = new long[horizon][nvec.length];
        for (int t = 0; t < horizon; t++) {
            int row = t * rows / horizon;
            for (int d = 0; d < nvec.length; d++) best[t][d] = argmax(p[row][d]);
        }
        return new SchedulePolicy(best);
    }

    private long[][] sample(double[][][] p, UniformRandomProvider rng) {
        long[][] s = new long[p.length][p[0].length];
        for (int t = 0; t < p.length; t++) {
            for (int d = 0; d < p[t].length; d++) {
                double u = rng.nextDouble();
                int k = 0;
                while (k < p[t][d].length - 1 && (u -= p[t][d][k]) >= 0) k++;
                s[t][d] = k;
            }
        }
        return s;
    }

    /** One row per decision from one row per segment. */
    private static long[][] expand(long[][] rows, int horizon) {
        long[][] s = new long[horizon][];
        for (int t = 0; t < horizon; t++) s[t] = rows[t * rows.length / horizon];
        return s;
    }

    private void update(double[][][] p, List<long[][]> candidates, Integer[] order, int elite) {
        double keep = settings.smoothing();
        int horizon = candidates.get(0).length;
        for (int t = 0; t < p.length; t++) {
            int first = (t * horizon + p.length - 1) / p.length; // first decision of segment t
            for (int d = 0; d < p[t].length; d++) {
                double[] freq = new double[p[t][d].length];
                for (int e = 0; e < elite; e++) freq[(int) candidates.get(order[e])[first][d]] += 1.0 / elite;
                for (int k = 0; k < freq.length; k++) p[t][d][k] = keep * p[t][d][k] + (1 - keep) * freq[k];
            }
        }
    }

    /** Mean return of a schedule over the seeds; an environment per call keeps threads independent. */
    private double score(long[][] schedule, long[] seeds) {
        double total = 0;
        try (Environment env = registry.make(envId, options)) {
            String agent = env.spec().soleAgent();
            for (long seed : seeds) {
                env.reset(seed);
                int t = 0;
                StepResult r;
                do {
                    long[] row = schedule[Math.min(t++, schedule.length - 1)];
                    r = env.step(java.util.Map.of(agent, Tensor.int64(new int[] {row.length}, row.clone())));
                    total += r.totalReward();
                } while (!r.episodeOver());
            }
        }
        return total / seeds.length;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
