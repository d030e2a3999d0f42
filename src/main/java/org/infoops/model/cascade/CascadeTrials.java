package org.infoops.model.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.infoops.kernel.RandomStreams;

/**
 * Monte Carlo trials of one seed post on all cores (the paper runs 1,000 per post). Trial t draws only from
 * {@code streams.stream("trial", t)}, so the result is the same for any number of threads.
 */
public final class CascadeTrials {
    private static final int CHUNK = 16; // trials handed to a worker at a time: few atomic ops, good balance

    private CascadeTrials() {}

    public static CascadeResult run(CascadeEngine engine, int trials, RandomStreams streams, int threads) {
        if (trials < 1) throw new IllegalArgumentException("trials must be >= 1, was " + trials);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        SpreadNetwork net = engine.network();
        int workers = Math.min(threads, (trials + CHUNK - 1) / CHUNK);
        AtomicInteger next = new AtomicInteger();
        List<CascadeTally> tallies = new ArrayList<>();
        Runnable[] jobs = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            CascadeTally tally = new CascadeTally(trials, net.nodeCount(), net.communityCount());
            tallies.add(tally);
            jobs[w] = () -> {
                CascadeEngine.TrialState state = engine.newState();
                for (int start; (start = next.getAndAdd(CHUNK)) < trials; ) {
                    for (int t = start; t < Math.min(trials, start + CHUNK); t++) {
                        engine.run(state, streams.stream("trial", t));
                        tally.record(t, state, net);
                    }
                }
            };
        }
        if (workers == 1) {
            jobs[0].run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread th = new Thread(r, "cascade-trials");
                th.setDaemon(true);
                return th;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Runnable job : jobs) futures.add(pool.submit(job));
                for (Future<?> f : futures) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("cascade trials interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a cascade trial failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        CascadeTally total = tallies.get(0);
        for (int w = 1; w < tallies.size(); w++) total.merge(tallies.get(w));
        return new CascadeResult(net, total);
    }
}
