package org.infoops.scenario;

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

    /** The world a scenario describes (also used by the moderator environment and the benchmark). */
    public static CascadeWorld world(CascadeScenario s, Path baseDirectory) {
        CascadeScenario.Network n = s.network();
        if (n.from() == CascadeScenario.NetworkSource.CLONE) {
            try {
                return CascadeInfectionModels.world(s.infection(), s.source().user(), baseDirectory);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(s.name(), "source.user", e.getMessage(), e);
            }
        }
        RetweetTable table;
        if (n.from() == CascadeScenario.NetworkSource.SYNTHETIC) {
            CascadeScenario.Synthetic g = n.synthetic();
            table = new SyntheticRetweets(g.users(), g.communities(), g.minRetweeters(), g.tailExponent(),
                    g.maxRetweeters(), g.mixing(), g.meanExtraCount())
                    .generate(new RandomStreams(g.seed()).stream("synthetic-retweets")).table();
        } else {
            Path file = baseDirectory.resolve(n.retweets());
            try {
                table = RetweetTable.read(file);
            } catch (IOException e) {
                throw new ScenarioException(s.name(), "network.retweets", e.getMessage(), e);
            }
        }
        long[] seeds = n.seedUsers().stream().mapToLong(Long::longValue).toArray();
        try {
            return CascadeWorld.fromRetweets(table, seeds, s.source().user(), n.size(),
                    n.leiden().resolution(), n.leiden().iterations(), n.leiden().seed());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(s.name(), "source", e.getMessage(), e);
        }
    }

    public static CascadeSetup setup(CascadeScenario s, CascadeWorld world, Path baseDirectory) {
        RandomStreams streams = new RandomStreams(s.seed());
        InfectionModel model = CascadeInfectionModels.create(s.infection(),
                new CascadeInfectionModels.Provider.Context(world.network(), baseDirectory, streams.child("infection")));
        float[] qm = world.quoteProbabilities(s.quotes().mean(), s.quotes().concentration(), streams.stream("quote-probability"));
        if (s.quotes().file() != null && !s.quotes().file().isBlank()) {
            qm = QuoteFrequencies.read(baseDirectory.resolve(s.quotes().file()), world.network(), qm, s.name());
        }
        return new CascadeSetup(world.network(), model, qm, Mutation.KEEP_TEXT, Integer.MAX_VALUE);
    }

    public static Outcome run(CascadeScenario s, Path baseDirectory, int threads) {
        long t0 = System.nanoTime();
        CascadeWorld world = world(s, baseDirectory);
        CascadeSetup setup = setup(s, world, baseDirectory);
        long t1 = System.nanoTime();
        CascadePost seed = new CascadePost(0, world.sourceNode(), s.source().text(), s.source().topic());
        try {
            setup.seedProbabilities(seed);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(s.name(), "source.topic", e.getMessage() + "; allowed: -1 or a topic of the infection model");
        }
        long t2 = System.nanoTime();
        RandomStreams streams = new RandomStreams(s.seed());
        List<CascadeScenario.Analysis> a = s.analyses();
        boolean needBase = !a.isEmpty() && !(a.size() == 1 && a.contains(CascadeScenario.Analysis.TOPICS));
        CascadeResult base = needBase ? setup.run(seed, s.trials(), streams.child("base"), threads) : null;
        long t3 = System.nanoTime();
        var cm = s.countermeasures();
        RandomStreams sweep = streams.child("countermeasures");
        List<CountermeasureSweeps.Point> blocking = a.contains(CascadeScenario.Analysis.BLOCKING)
                ? CountermeasureSweeps.blocking(setup, seed, base, cm.blockCounts().stream().mapToInt(Integer::intValue).toArray(),
                cm.trials(), sweep, threads) : List.of();
        int community = base == null ? -1 : CountermeasureSweeps.mostInfectiousCommunity(base, seed.author());
        List<CountermeasureSweeps.Point> inoculation = a.contains(CascadeScenario.Analysis.INOCULATION)
                ? CountermeasureSweeps.inoculation(setup, seed, community,
                cm.inoculationFractions().stream().mapToDouble(Double::doubleValue).toArray(),
                cm.inoculationReduction(), cm.inoculationReductionSd(), cm.trials(), sweep, threads) : List.of();
        List<CountermeasureSweeps.Point> topics = List.of();
        if (a.contains(CascadeScenario.Analysis.TOPICS)) {
            List<CascadePost> posts = new ArrayList<>();
            for (int i = 0; i < s.topics().size(); i++) {
                CascadeScenario.Topic t = s.topics().get(i);
                posts.add(new CascadePost(100 + i, world.sourceNode(), t.text(), t.topic()));
            }
            try {
                topics = CountermeasureSweeps.topics(setup, posts, s.trials(), streams.child("topics"), threads);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(s.name(), "topics", e.getMessage() + "; allowed: topics within the infection model's range", e);
            }
        }
        return new Outcome(s, world, setup, seed, base, blocking, community, inoculation, topics,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /** 10 rather than 10.0, 0.25 as is: sweep values for messages. */
    public static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
