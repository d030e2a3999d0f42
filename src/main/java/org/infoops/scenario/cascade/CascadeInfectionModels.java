package org.infoops.scenario.cascade;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.CascadeWorld;
import org.infoops.model.cascade.InfectionModel;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.StaticInfectionModel;
import org.infoops.model.cascade.TopicAffinityInfectionModel;

/**
 * The infection models a cascade scenario may name under {@code infection.model}. Each provider declares a settings
 * record that the loader binds strictly from the rest of the {@code infection:} mapping. A new model (e.g. the
 * calibrated one) is one more entry in {@link #PROVIDERS}.
 */
public final class CascadeInfectionModels {

    /** Builds an infection model for a network from its bound settings. */
    public interface Provider<S extends Record> {
        String name();

        Class<S> settings();

        /**
         * What the provider may need besides its settings: the network, where relative paths resolve, the seed, and
         * the trained models its owner (a command's run, a server) keeps in memory.
         */
        record Context(SpreadNetwork network, Path baseDirectory, RandomStreams streams, TrainedModelCache trainedModels) {}

        InfectionModel create(S settings, Context context);

        /** True for a model trained on its own network (calibrated): the scenario then takes {@code network.from: clone}. */
        default boolean suppliesNetwork() { return false; }

        /** N_A for {@code network.from: clone}, with u_S ({@code sourceUser}, -1 = the model's own source user). */
        default CascadeWorld world(S settings, long sourceUser, Path baseDirectory, TrainedModelCache trainedModels) {
            throw new IllegalStateException(name() + " does not supply a network: only a model trained on its own network can run with network.from clone");
        }
    }

    /** The paper's static baseline: one reshare rate for every exposure. */
    public record StaticSettings(double rate) {
        public StaticSettings {
            if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate " + rate + " is out of range; allowed: 0 to 1");
        }
    }

    public static final Provider<StaticSettings> STATIC = new Provider<>() {
        public String name() { return "static"; }
        public Class<StaticSettings> settings() { return StaticSettings.class; }
        public InfectionModel create(StaticSettings s, Context c) { return new StaticInfectionModel(s.rate()); }
    };

    /** Static rate scaled per (follower community, topic) by seeded log-normal affinities: a topic-sensitive stand-in. */
    public record TopicAffinitySettings(double rate, int topics, double spread, long seed) {
        public TopicAffinitySettings {
            if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate " + rate + " is out of range; allowed: 0 to 1");
            if (topics < 1) throw new IllegalArgumentException("topics " + topics + " is out of range; allowed: 1 or more");
            if (!(spread >= 0)) throw new IllegalArgumentException("spread " + spread + " is out of range; allowed: 0 or more");
        }
    }

    public static final Provider<TopicAffinitySettings> TOPIC_AFFINITY = new Provider<>() {
        public String name() { return "topic-affinity"; }
        public Class<TopicAffinitySettings> settings() { return TopicAffinitySettings.class; }
        public InfectionModel create(TopicAffinitySettings s, Context c) {
            return new TopicAffinityInfectionModel(c.network(), s.rate(), s.topics(), s.spread(),
                    new RandomStreams(s.seed()).stream("topic-affinity"));
        }
    };

    static final List<Provider<?>> PROVIDERS = List.of(STATIC, TOPIC_AFFINITY, CalibratedInfection.PROVIDER);

    private CascadeInfectionModels() {}

    static Map<String, Provider<?>> byName() {
        Map<String, Provider<?>> m = new LinkedHashMap<>();
        for (Provider<?> p : PROVIDERS) m.put(p.name(), p);
        return m;
    }

    @SuppressWarnings("unchecked")
    public static InfectionModel create(CascadeScenario.Infection infection, Provider.Context context) {
        Provider<Record> p = (Provider<Record>) byName().get(infection.model());
        return p.create(infection.settings(), context);
    }

    static boolean suppliesNetwork(CascadeScenario.Infection infection) {
        return byName().get(infection.model()).suppliesNetwork();
    }

    @SuppressWarnings("unchecked")
    public static CascadeWorld world(CascadeScenario.Infection infection, long sourceUser, Path baseDirectory,
                                     TrainedModelCache trainedModels) {
        Provider<Record> p = (Provider<Record>) byName().get(infection.model());
        return p.world(infection.settings(), sourceUser, baseDirectory, trainedModels);
    }
}
