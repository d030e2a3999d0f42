package org.infoops.env;

import org.infoops.env.cascade.ModeratorEnvironment;
import org.infoops.env.diluvsion.BotFleetEnvironment;
import org.infoops.env.diluvsion.BotSwarmEnvironment;

import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.env.diagnostic.CoordinationEnvironment;
import org.infoops.env.diagnostic.ReachEnvironment;

import java.util.List;

/**
 * The one place where the product's environments are listed. To add an environment, add its factory
 * here, and its id to {@code env/infoops_env/environments.json} (so Python registers it with Gymnasium
 * without starting a server; {@code BuiltinEnvironmentsTest} fails until both lists agree).
 */
public final class BuiltinEnvironments {
    private BuiltinEnvironments() {}

    /** Every factory, in no particular order (the registry sorts by id). */
    public static List<EnvironmentFactory> factories() {
        return List.of(
                BanditEnvironment.FACTORY,
                CoordinationEnvironment.FACTORY,
                ReachEnvironment.FACTORY,
                BotFleetEnvironment.FACTORY,
                BotSwarmEnvironment.FACTORY,
                ModeratorEnvironment.FACTORY,
                org.infoops.env.troll.InfluencerEnvironment.FACTORY,
                org.infoops.env.troll.InfluencersEnvironment.FACTORY);
    }

    /** A registry of every built-in environment. */
    public static EnvironmentRegistry registry() {
        return new EnvironmentRegistry(factories());
    }
}
