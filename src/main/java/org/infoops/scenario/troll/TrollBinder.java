package org.infoops.scenario.troll;

import org.infoops.scenario.ScenarioBinder;
import org.infoops.scenario.ScenarioDocument;
import org.infoops.scenario.ScenarioLoader;

import org.infoops.scenario.Checks;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioText;
import org.infoops.kernel.TreeBinder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.infoops.kernel.JsonTrees;
import org.infoops.model.troll.TrollParameters;
import org.infoops.model.troll.TrollParameters.*;

/**
 * Binds troll-attack scenarios ({@code model: troll}) for the {@link ScenarioLoader}: the scenario's
 * {@code parameters:} are deep-merged over {@code scenarios/troll/parameters.yaml} (a bots' rule replaces the
 * default rule whole, never merges), then bound strictly (every key known, every value of its type and in range);
 * each error names the field path, the value and what is allowed.
 */
public final class TrollBinder extends ScenarioBinder<TrollScenario> {
    public static final String DEFAULTS = "scenarios/troll/parameters.yaml";

    /** The parameter layout bound by TreeBinder; the bots' rule is a tree bound by {@link TrollRuleBinder}. */
    record Spec(World world, Background background, Influencers influencers, Comments comments, Posts posts,
                BotsSpec bots, Countermeasure countermeasure) {}

    record BotsSpec(Range delayMinutes, int markDays, boolean ignoreMarked, double attackProbability) {}

    public TrollBinder() {
        super("troll", TrollScenario.class, List.of("name", "model", "description", "runs", "seed", "parameters"));
    }

    @Override
    public TrollScenario bind(ScenarioDocument document) {
        ScenarioDocument.Header h = document.header();
        JsonNode merged = document.merged("parameters", DEFAULTS);
        JsonNode overrides = document.root().get("parameters");
        JsonNode rule = overrides == null ? null : overrides.path("bots").get("rule");
        if (rule != null && merged.get("bots") instanceof ObjectNode bots) bots.set("rule", rule); // a rule replaces, never merges
        return new TrollScenario(h.name(), h.description(), h.runs(), h.seed(), parameters(merged, document.source()), document.source());
    }

    /** Binds and validates a full parameter tree (defaults already merged in). */
    public TrollParameters parameters(JsonNode merged, String source) {
        ObjectNode tree = merged.deepCopy();
        JsonNode bots = tree.get("bots");
        JsonNode rule = bots instanceof ObjectNode b ? b.remove("rule") : null;
        if (bots instanceof ObjectNode && rule == null) throw new ScenarioException(source, "parameters.bots.rule", "missing; allowed: a rule tree");
        Spec s = new TreeBinder(source, ScenarioException::new).bind(tree, Spec.class, "parameters");
        TrollValidator.check(s, new Checks(source));
        BotsSpec bs = s.bots();
        Bots b = new Bots(new TrollRuleBinder(source, s.world().narratives(), s.world().keywords()).bind(rule, "parameters.bots.rule"),
                bs.delayMinutes(), bs.markDays(), bs.ignoreMarked(), bs.attackProbability());
        return new TrollParameters(s.world(), s.background(), s.influencers(), s.comments(), s.posts(), b, s.countermeasure());
    }
}
