package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.CascadeResult;
import org.infoops.model.cascade.CascadeSetup;
import org.infoops.model.cascade.CascadeWorld;
import org.infoops.model.cascade.CountermeasureSweeps;
import org.infoops.model.cascade.InfectionModel;
import org.infoops.model.cascade.Mutation;
import org.infoops.model.cascade.RetweetTable;
import org.infoops.model.cascade.SyntheticRetweets;

/**
 * Runs a cascade scenario: builds N_A (synthetic base world or retweet table), the infection model, QM(u), then the
 * analyses the scenario asks for. Pure computation; {@link CascadeOutputs} writes the results.
 */
public final class CascadeStudy {
    private CascadeStudy() {}

    /** What a study produced; lists are empty for analyses not run. */
    public record Outcome(CascadeScenario scenario, CascadeWorld world, CascadeSetup setup, CascadePost seedPost,
                          CascadeResult base, List<CountermeasureSweeps.Point> blocking, int inoculatedCommunity,
                          List<CountermeasureSweeps.Point> inoculation, List<CountermeasureSweeps.Point> topics,
                          double networkSeconds, double probabilitySeconds, double trialSeconds) {}

    public static Outcome run(CascadeScenario s, Path baseDirectory, int threads, TrainedModelCache trainedModels) {
        Prepared p = prepare(s, baseDirectory, threads, trainedModels);
        List<CountermeasureSweeps.Point> points = new ArrayList<>();
        for (PointKey key : pointKeys(s)) points.add(point(p, key, threads));
        return assemble(p, points);
    }

    /**
     * What every countermeasure point of a study starts from: N_A, the infection model, the seed post, and the base
     * cascade (its spreader ranking and most infectious community choose what the points block and inoculate).
     */
    public record Prepared(CascadeScenario scenario, CascadeWorld world, CascadeSetup setup, CascadePost seedPost,
                           CascadeResult base, int inoculatedCommunity, double networkSeconds, double probabilitySeconds,
                           double trialSeconds) {}

    /** One point of a countermeasure or topic sweep: its analysis and its index among that analysis's values. */
    public record PointKey(CascadeScenario.Analysis analysis, int index) {}

    public static Prepared prepare(CascadeScenario s, Path baseDirectory, int threads, TrainedModelCache trainedModels) {
        long t0 = System.nanoTime();
        CascadeWorld world = CascadeWorlds.world(s, baseDirectory, trainedModels);
        CascadeSetup setup = CascadeWorlds.setup(s, world, baseDirectory, trainedModels);
        long t1 = System.nanoTime();
        CascadePost seed = new CascadePost(0, world.sourceNode(), s.source().text(), s.source().topic());
        try {
            setup.seedProbabilities(seed);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(s.name(), "source.topic", e.getMessage() + "; allowed: -1 or a topic of the infection model");
        }
        long t2 = System.nanoTime();
        List<CascadeScenario.Analysis> a = s.analyses();
        boolean needBase = !a.isEmpty() && !(a.size() == 1 && a.contains(CascadeScenario.Analysis.TOPICS));
        CascadeResult base = needBase ? setup.run(seed, s.trials(), new RandomStreams(s.seed()).child("base"), threads) : null;
        long t3 = System.nanoTime();
        int community = base == null ? -1 : CountermeasureSweeps.mostInfectiousCommunity(base, seed.author());
        return new Prepared(s, world, setup, seed, base, community, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /** Every sweep point the scenario asks for, in output order: blocking, inoculation, topics. */
    public static List<PointKey> pointKeys(CascadeScenario s) {
        List<PointKey> keys = new ArrayList<>();
        var cm = s.countermeasures();
        List<CascadeScenario.Analysis> a = s.analyses();
        if (a.contains(CascadeScenario.Analysis.BLOCKING)) {
            for (int i = 0; i < cm.blockCounts().size(); i++) keys.add(new PointKey(CascadeScenario.Analysis.BLOCKING, i));
        }
        if (a.contains(CascadeScenario.Analysis.INOCULATION)) {
            for (int i = 0; i < cm.inoculationFractions().size(); i++) keys.add(new PointKey(CascadeScenario.Analysis.INOCULATION, i));
        }
        if (a.contains(CascadeScenario.Analysis.TOPICS)) {
            for (int i = 0; i < s.topics().size(); i++) keys.add(new PointKey(CascadeScenario.Analysis.TOPICS, i));
        }
        return keys;
    }

    /**
     * One sweep point. Points are independent: each reuses the same per-trial streams (common random numbers), and
     * the spreader ranking is a total order, so a point computed alone equals the same point computed in its sweep.
     */
    public static CountermeasureSweeps.Point point(Prepared p, PointKey key, int threads) {
        CascadeScenario s = p.scenario();
        var cm = s.countermeasures();
        RandomStreams streams = new RandomStreams(s.seed());
        RandomStreams sweep = streams.child("countermeasures");
        int i = key.index();
        return switch (key.analysis()) {
            case BLOCKING -> CountermeasureSweeps.blocking(p.setup(), p.seedPost(), p.base(), new int[] {cm.blockCounts().get(i)},
                    cm.trials(), sweep, threads).get(0);
            case INOCULATION -> CountermeasureSweeps.inoculation(p.setup(), p.seedPost(), p.inoculatedCommunity(),
                    new double[] {cm.inoculationFractions().get(i)}, cm.inoculationReduction(), cm.inoculationReductionSd(),
                    cm.trials(), sweep, threads).get(0);
            case TOPICS -> {
                CascadeScenario.Topic t = s.topics().get(i);
                CascadePost post = new CascadePost(100 + i, p.world().sourceNode(), t.text(), t.topic());
                try {
                    CountermeasureSweeps.Point one = CountermeasureSweeps.topics(p.setup(), List.of(post), s.trials(),
                            streams.child("topics"), threads).get(0);
                    yield new CountermeasureSweeps.Point(i, one.meanInfections(), one.sdInfections(), one.trials());
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(s.name(), "topics", e.getMessage() + "; allowed: topics within the infection model's range", e);
                }
            }
            default -> throw new IllegalArgumentException("no sweep points for " + key.analysis());
        };
    }

    /** The study's outcome from its preparation and its points in {@link #pointKeys} order. */
    public static Outcome assemble(Prepared p, List<CountermeasureSweeps.Point> points) {
        List<PointKey> keys = pointKeys(p.scenario());
        if (points.size() != keys.size()) throw new IllegalArgumentException(points.size() + " points for " + keys.size() + " keys");
        List<CountermeasureSweeps.Point> blocking = new ArrayList<>(), inoculation = new ArrayList<>(), topics = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            switch (keys.get(k).analysis()) {
                case BLOCKING -> blocking.add(points.get(k));
                case INOCULATION -> inoculation.add(points.get(k));
                default -> topics.add(points.get(k));
            }
        }
        return new Outcome(p.scenario(), p.world(), p.setup(), p.seedPost(), p.base(), List.copyOf(blocking), p.inoculatedCommunity(),
                List.copyOf(inoculation), List.copyOf(topics), p.networkSeconds(), p.probabilitySeconds(), p.trialSeconds());
    }

    /** 10 rather than 10.0, 0.25 as is: sweep values for messages. */
    public static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
