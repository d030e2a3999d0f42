package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioRunException;

import org.infoops.model.diluvsion.DiluvsionRun;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Executes every (scenario, run index) of a sweep on a fixed thread pool and hands each scenario's runs to its
 * sink in run-index order.
 *
 * <p>Why results do not depend on the thread count: a run depends only on its scenario and index
 * ({@link DiluvsionRunFunction}), and each sink sees runs strictly in index order, so whatever it accumulates — sums,
 * means, file rows — is computed in the same order every time. Tasks are queued scenario by scenario, so at most
 * about one pool's worth of finished runs waits for an earlier one; that bounds memory, and each sink keeps only
 * its aggregates. The first failure cancels the queued runs, aborts every unfinished sink (discarding its staged
 * output) and is rethrown as a {@link ScenarioRunException}; scenarios already complete stay written.
 */
public final class DiluvsionRunner {
    private final DiluvsionRunFunction function;
    private final int threads;
    private final RunProgress progress;

    public DiluvsionRunner(DiluvsionRunFunction function, int threads, RunProgress progress) {
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " < 1");
        this.function = function;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Runs all scenarios and returns one result per scenario, in the given order.
     *
     * @param sinks makes the sink of a scenario; called once per scenario, when its first run is delivered
     */
    public <R> List<R> run(List<DiluvsionScenario> scenarios, Function<DiluvsionScenario, RunSink<R>> sinks) {
        long total = scenarios.stream().mapToLong(DiluvsionScenario::runs).sum();
        List<OrderedDelivery<R>> deliveries = new ArrayList<>();
        for (DiluvsionScenario s : scenarios) deliveries.add(new OrderedDelivery<>(s, sinks));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool((int) Math.max(1, Math.min(threads, total)), new Workers());
        List<Future<?>> futures = new ArrayList<>();
        progress.start(total);
        try {
            for (OrderedDelivery<R> d : deliveries) {
                for (int r = 0; r < d.scenario.runs(); r++) {
                    int runIndex = r;
                    futures.add(pool.submit(() -> execute(d, runIndex, failure)));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (CancellationException ignored) {
                    // cancelled after an earlier failure
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                }
                if (failure.get() != null) futures.forEach(x -> x.cancel(false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
            futures.forEach(x -> x.cancel(true));
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            progress.close();
        }
        Throwable t = failure.get();
        if (t != null) {
            deliveries.forEach(OrderedDelivery::abort);
            throw t instanceof ScenarioRunException sre ? sre : new ScenarioRunException(String.valueOf(t.getMessage()), t);
        }
        List<R> results = new ArrayList<>();
        for (OrderedDelivery<R> d : deliveries) results.add(d.result());
        return results;
    }

    private <R> void execute(OrderedDelivery<R> d, int runIndex, AtomicReference<Throwable> failure) {
        if (failure.get() != null) return;
        String what = d.scenario.name() + " run " + runIndex;
        DiluvsionRun run;
        long start = System.nanoTime();
        try {
            run = function.run(d.scenario, runIndex);
        } catch (RuntimeException | Error e) {
            fail(failure, new ScenarioRunException(what + " failed: " + e, e));
            return;
        }
        RunTiming timing = function.timing(d.scenario, runIndex, new RunTiming(start, System.nanoTime()));
        if (run == null || run.run() != runIndex) {
            fail(failure, new ScenarioRunException(what + ": the run function returned "
                    + (run == null ? "null" : "run " + run.run()), null));
            return;
        }
        try {
            d.offer(run, timing);
        } catch (IOException | RuntimeException e) {
            fail(failure, new ScenarioRunException(what + ": writing the outputs failed: " + e, e));
            return;
        }
        progress.runFinished(d.scenario, runIndex);
    }

    private static void fail(AtomicReference<Throwable> failure, ScenarioRunException e) {
        failure.compareAndSet(null, e);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // running models are not interruptible; wait for them to finish
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Releases one scenario's runs to its sink in index order. Runs that finish early wait in {@code pending};
     * the sink is called under this object's lock, so it never sees two runs at once.
     */
    private static final class OrderedDelivery<R> {
        final DiluvsionScenario scenario;
        private final Function<DiluvsionScenario, RunSink<R>> sinks;
        private final TreeMap<Integer, Finished> pending = new TreeMap<>();
        private RunSink<R> sink;
        private int next;
        private R result;
        private boolean closed;
        private boolean failed;

        OrderedDelivery(DiluvsionScenario scenario, Function<DiluvsionScenario, RunSink<R>> sinks) {
            this.scenario = scenario;
            this.sinks = sinks;
        }

        synchronized void offer(DiluvsionRun run, RunTiming timing) throws IOException {
            if (closed || failed) return;
            pending.put(run.run(), new Finished(run, timing));
            try {
                while (!pending.isEmpty() && pending.firstKey() == next) {
                    Finished f = pending.pollFirstEntry().getValue();
                    if (sink == null) sink = sinks.apply(scenario);
                    sink.accept(f.run(), f.timing());
                    next++;
                }
                if (next == scenario.runs()) {
                    result = sink.complete();
                    closed = true;
                }
            } catch (IOException | RuntimeException e) {
                failed = true; // the sink is in an unknown state: accept nothing more, abort() cleans up
                throw e;
            }
        }

        synchronized void abort() {
            pending.clear();
            if (!closed && sink != null) sink.abort();
            closed = true;
        }

        synchronized R result() {
            return result;
        }
    }

    private record Finished(DiluvsionRun run, RunTiming timing) {}

    /** Named daemon threads, so a stuck run never keeps the JVM alive after main returns. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "scenario-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
