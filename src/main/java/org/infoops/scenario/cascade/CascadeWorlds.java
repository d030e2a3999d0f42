package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.CascadeSetup;
import org.infoops.model.cascade.CascadeWorld;
import org.infoops.model.cascade.InfectionModel;
import org.infoops.model.cascade.Mutation;
import org.infoops.model.cascade.RetweetTable;
import org.infoops.model.cascade.SyntheticRetweets;

/**
 * Builds what a cascade scenario describes on the model: the world and its setup. The one translation from a
 * scenario to the model, used by the study, the moderator environment and the benchmark alike.
 */
public final class CascadeWorlds {
    private CascadeWorlds() {}

    /**
     * The world N_A a scenario describes: a clone of its base world, a synthetic retweet table or a retweet CSV.
     * {@code trainedModels} holds the caller's trained models (a clone's model is trained or loaded once there).
     */
    public static CascadeWorld world(CascadeScenario s, Path baseDirectory, TrainedModelCache trainedModels) {
        CascadeScenario.Network n = s.network();
        if (n.from() == CascadeScenario.NetworkSource.CLONE) {
            try {
                return CascadeInfectionModels.world(s.infection(), s.source().user(), baseDirectory, trainedModels);
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
                table = RetweetTableFiles.read(file);
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

    /** The infection model and the users' quote probabilities QM(u) a scenario sets on its world. */
    public static CascadeSetup setup(CascadeScenario s, CascadeWorld world, Path baseDirectory, TrainedModelCache trainedModels) {
        RandomStreams streams = new RandomStreams(s.seed());
        InfectionModel model = CascadeInfectionModels.create(s.infection(), new CascadeInfectionModels.Provider.Context(
                world.network(), baseDirectory, streams.child("infection"), trainedModels));
        float[] qm = world.quoteProbabilities(s.quotes().mean(), s.quotes().concentration(), streams.stream("quote-probability"));
        if (s.quotes().file() != null && !s.quotes().file().isBlank()) {
            qm = QuoteFrequencies.read(baseDirectory.resolve(s.quotes().file()), world.network(), qm, s.name());
        }
        return new CascadeSetup(world.network(), model, qm, Mutation.KEEP_TEXT, Integer.MAX_VALUE);
    }
}
