package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioLoader;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the readings and values the paper leaves open to its Table 1 on the training simulations:
 * <ol>
 *   <li>screen every combination of the discrete readings at the shipped continuous values;</li>
 *   <li>run CMA-ES (Commons Math) over the continuous values for the best {@code finalists} combinations;</li>
 *   <li>run the shipped defaults ("before") and the best candidate ("after") on all paper simulations at full
 *       size, each writing its docking report, so training and held-out simulations can be judged apart.</li>
 * </ol>
 * Every candidate runs the same run indices with the scenarios' own seeds, i.e. on the same graphs and random
 * streams (common random numbers), so two candidates differ by their values, not by their luck. Evaluations go
 * to {@link CalibrationLog} as they finish; the search is deterministic, so a restart replays it from the log.
 */
public final class Calibrator {
    /**
     * @param space        what may change, and the split
     * @param runs         runs per simulation and candidate during the search
     * @param evaluations  CMA-ES budget (candidates) per finalist
     * @param finalists    screened combinations refined by CMA-ES
     * @param finalRuns    runs per simulation of the before/after sweeps
     * @param threads      worker threads
     * @param seed         CMA-ES's own random seed
     */
    public record Settings(CalibrationSpace space, int runs, int evaluations, int finalists, int finalRuns, int threads, long seed) {
        /** The settings line heading the evaluations log: a resume or a merge accepts only a log of the same settings. */
        public String describe() {
            return "training=" + space.training() + " runs=" + runs + " evaluations=" + evaluations + " finalists=" + finalists
                    + " seed=" + seed + " discrete=" + space.discrete() + " continuous=" + space.continuous().keySet();
        }
    }

    /** A scored candidate. */
    public record Scored(String phase, CalibrationCandidate candidate, double objective, String summary) {}

    /**
     * @param screened  every discrete combination, best first
     * @param searched  the CMA-ES candidates, in evaluation order
     * @param best      the best candidate found (lowest training objective)
     * @param before    the shipped defaults on every paper simulation at full size
     * @param after     the best candidate likewise
     */
    public record Result(List<Scored> screened, List<Scored> searched, Scored best, DiluvsionSweepReport before, DiluvsionSweepReport after,
                         double wallSeconds) {}

    private final DiluvsionRunFunction function;
    private final ScenarioLoader loader = new ScenarioLoader();
    private final CalibrationProgress progress;

    public Calibrator(DiluvsionRunFunction function, CalibrationProgress progress) {
        this.function = function;
        this.progress = progress;
    }

    public Result calibrate(Settings s, Path out) throws IOException {
        long t0 = System.nanoTime();
        CalibrationSpace space = s.space();
        List<Map<String, String>> combos = space.combinations();
        int perCandidate = s.runs() * space.training().size();
        progress.start((long) (combos.size() + (long) s.finalists() * s.evaluations()) * perCandidate
                + 2L * space.all().size() * s.finalRuns());
        try (CalibrationLog log = CalibrationLog.open(out, s.describe())) {
            List<Scored> screened = screen(combos, s, log);
            screened.sort(Comparator.comparingDouble(Scored::objective));
            List<Scored> searched = new ArrayList<>();
            if (!space.continuous().isEmpty() && s.evaluations() > 0) {
                for (Scored finalist : screened.subList(0, Math.min(s.finalists(), screened.size()))) {
                    searched.addAll(search(finalist.candidate(), s, log));
                }
            }
            Scored best = screened.get(0);
            for (Scored c : searched) if (c.objective() < best.objective()) best = c;
            progress.phase("before/after sweeps");
            DiluvsionSweepReport before = sweep(CalibrationCandidate.SHIPPED, space.all(), s.finalRuns(), s.threads(), out.resolve("before"));
            DiluvsionSweepReport after = sweep(best.candidate(), space.all(), s.finalRuns(), s.threads(), out.resolve("after"));
            return new Result(screened, searched, best, before, after, (System.nanoTime() - t0) / 1e9);
        } finally {
            progress.close();
        }
    }

    /**
     * Screens only the discrete combinations {@code [from, to)} (in {@link CalibrationSpace#combinations()} order)
     * into {@code out}'s evaluations log: one shard of the screening, resumable like {@link #calibrate}.
     */
    public List<Scored> screen(Settings s, Path out, int from, int to) throws IOException {
        List<Map<String, String>> combos = s.space().combinations().subList(from, to);
        progress.start((long) combos.size() * s.runs() * s.space().training().size());
        try (CalibrationLog log = CalibrationLog.open(out, s.describe())) {
            return screen(combos, s, log);
        } finally {
            progress.close();
        }
    }

    private List<Scored> screen(List<Map<String, String>> combos, Settings s, CalibrationLog log) throws IOException {
        List<Scored> screened = new ArrayList<>();
        for (Map<String, String> combo : combos) screened.add(evaluate("screen", CalibrationCandidate.SHIPPED.with(combo), s, log));
        return screened;
    }

    /** CMA-ES in the unit box of the continuous ranges, starting from the shipped values. */
    private List<Scored> search(CalibrationCandidate base, Settings s, CalibrationLog log) {
        List<String> paths = new ArrayList<>(s.space().continuous().keySet());
        int d = paths.size();
        double[] x0 = new double[d], lo = new double[d], hi = new double[d], sigma = new double[d];
        for (int i = 0; i < d; i++) {
            double[] range = s.space().continuous().get(paths.get(i));
            String shipped = CalibrationCandidate.shippedValue(loader, s.space().training().get(0), paths.get(i));
            double v = shipped == null ? (range[0] + range[1]) / 2 : Double.parseDouble(shipped);
            x0[i] = Math.max(0, Math.min(1, (v - range[0]) / (range[1] - range[0])));
            hi[i] = 1;
            sigma[i] = 0.3;
        }
        List<Scored> scored = new ArrayList<>();
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < d; i++) {
                double[] range = s.space().continuous().get(paths.get(i));
                double v = range[0] + Math.max(0, Math.min(1, x[i])) * (range[1] - range[0]);
                values.put(paths.get(i), Math.round(v * 1e4) / 1e4); // 4 decimals: stable log keys
            }
            try {
                Scored c = evaluate("cma", base.with(values), s, log);
                scored.add(c);
                return c.objective();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int lambda = 4 + (int) Math.floor(3 * Math.log(Math.max(1, d)));
        CMAESOptimizer cma = new CMAESOptimizer(1000, 0, true, 0, 0, new MersenneTwister(s.seed()), false, null);
        try {
            cma.optimize(new MaxEval(s.evaluations()), f, GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the budget is the stopping rule; the best candidate is among those scored
        }
        return scored;
    }

    private Scored evaluate(String phase, CalibrationCandidate c, Settings s, CalibrationLog log) throws IOException {
        CalibrationLog.Entry done = log.get(c.key());
        int runs = s.runs() * s.space().training().size();
        if (done != null) {
            progress.skip(runs);
            return new Scored(done.phase(), c, done.objective(), done.summary());
        }
        List<DiluvsionScenario> scenarios = c.scenarios(loader, s.space().training(), s.runs());
        DiluvsionSweepReport r = new DiluvsionSweep(function, progress.forRuns()).run(scenarios, new SweepOptions(null, s.threads(), false, false));
        Docking d = DockingReport.of(r.table1());
        Scored scored = new Scored(phase, c, CalibrationObjective.of(d), DockingFormat.summaryLine(d.summary()));
        log.add(new CalibrationLog.Entry(phase, c.key(), scored.objective(), scored.summary()));
        progress.scored(scored);
        return scored;
    }

    private DiluvsionSweepReport sweep(CalibrationCandidate c, List<String> sims, int runs, int threads, Path dir) throws IOException {
        List<DiluvsionScenario> scenarios = c.scenarios(loader, sims, runs);
        return new DiluvsionSweep(function, progress.forRuns()).run(scenarios, new SweepOptions(dir, threads, false, true));
    }
}
