package org.infoops.scenario.troll;

import org.infoops.scenario.Checks;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;
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
 * Loads troll-attack scenarios ({@code model: troll}): a file, or an embedded name such as {@code troll/small}
 * (resource {@code scenarios/troll/small.yaml}). The scenario's {@code parameters:} are deep-merged over
 * {@code scenarios/troll/parameters.yaml}, then bound strictly (every key known, every value of its type and in
 * range); each error names the field path, the value and what is allowed. Kept beside {@link ScenarioLoader}
 * (which binds Diluvsion setups) rather than inside it, since the two models share only the header keys.
 */
public final class TrollScenarioLoader {
    public static final String DEFAULTS = "scenarios/troll/parameters.yaml";
    static final List<String> KEYS = List.of("name", "model", "description", "runs", "seed", "parameters");

    /** The parameter layout bound by TreeBinder; the bots' rule is a tree bound by {@link TrollRuleBinder}. */
    record Spec(World world, Background background, Influencers influencers, Comments comments, Posts posts,
                BotsSpec bots, Countermeasure countermeasure) {}

    record BotsSpec(Range delayMinutes, int markDays, boolean ignoreMarked, double attackProbability) {}

    record Header(String name, String model, String description, int runs, long seed) {}

    public TrollScenario load(String reference) {
        Path file = Path.of(reference);
        if (Files.isRegularFile(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new ScenarioException(reference, "", "cannot read the scenario file: " + e.getMessage(), e);
            }
        }
        String name = reference.endsWith(".yaml") ? reference.substring(0, reference.length() - 5) : reference;
        if (!name.startsWith("troll/")) name = "troll/" + name;
        String resource = ScenarioLoader.RESOURCE_ROOT + name + ".yaml";
        if (getClass().getClassLoader().getResource(resource) == null) {
            throw new ScenarioException(reference, "", "scenario not found: no file " + file.toAbsolutePath().normalize()
                    + " and no embedded scenario '" + name + "'; embedded: troll/default, troll/small");
        }
        return parse(resource(resource), "embedded:" + name);
    }

    public TrollScenario parse(String text, String source) {
        JsonNode tree = read(text, source);
        if (!(tree instanceof ObjectNode root)) {
            throw new ScenarioException(source, "", TreeBinder.describe(tree) + " is not a mapping; allowed keys: " + String.join(", ", KEYS));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new ScenarioException(source, k, "unknown key '" + k + "'; allowed keys: " + String.join(", ", KEYS));
        }
        TreeBinder binder = new TreeBinder(source, ScenarioException::new);
        Checks checks = new Checks(source);
        ObjectNode header = root.deepCopy();
        header.remove("parameters");
        if (!header.has("description")) header.put("description", "");
        Header h = binder.bind(header, Header.class, "");
        if (!"troll".equals(h.model())) checks.oneOf("model", h.model(), List.of("troll"));
        if (h.name() == null || !ScenarioLoader.NAME.matcher(h.name()).matches()) {
            throw checks.error("name", "'" + h.name() + "' is not a valid scenario name; allowed: letters, digits, '.', '_' and '-'");
        }
        checks.atLeast("runs", h.runs(), 1);
        JsonNode overrides = root.get("parameters");
        if (overrides != null && !overrides.isNull() && !overrides.isObject()) {
            throw checks.error("parameters", TreeBinder.describe(overrides) + " is not a mapping; allowed: overrides with the layout of " + DEFAULTS);
        }
        JsonNode merged = JsonTrees.merge(read(resource(DEFAULTS), "embedded:" + DEFAULTS),
                overrides == null || overrides.isNull() ? null : overrides);
        JsonNode rule = overrides == null ? null : overrides.path("bots").get("rule");
        if (rule != null && merged.get("bots") instanceof ObjectNode bots) bots.set("rule", rule); // a rule replaces, never merges
        return new TrollScenario(h.name(), h.description(), h.runs(), h.seed(), parameters(merged, source), source);
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

    private JsonNode read(String text, String source) {
        return ScenarioText.tree(text, source);
    }

    private String resource(String resource) {
        return ScenarioText.resource(resource);
    }
}
