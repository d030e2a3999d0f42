package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.kernel.TreeBinder;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.kernel.JsonTrees;

/**
 * Loads cascade scenarios: the file's YAML deep-merged over the embedded {@code scenarios/cascade/parameters.yaml}
 * (except {@code infection:}, which a scenario replaces whole, since each model has its own keys), then bound
 * strictly with {@link TreeBinder}. A reference is a file or an embedded name such as {@code cascade/base}.
 */
public final class CascadeScenarioLoader {
    static final String DEFAULTS = ScenarioLoader.RESOURCE_ROOT + "cascade/parameters.yaml";
    private final ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** Everything but the infection section, which is bound by the chosen model's own settings record. */
    record Body(String name, String model, String description, long seed, int trials,
                CascadeScenario.Network network, CascadeScenario.Source source, CascadeScenario.Quotes quotes,
                CascadeScenario.Countermeasures countermeasures, List<CascadeScenario.Topic> topics,
                List<CascadeScenario.Analysis> analyses) {
        Body {
            if (trials < 1) throw new IllegalArgumentException("trials " + trials + " is out of range; allowed: 1 or more");
        }
    }

    /** A loaded scenario and the directory relative paths in it resolve against. */
    public record Loaded(CascadeScenario scenario, Path baseDirectory) {}

    public Loaded load(String reference) {
        Path file = Path.of(reference);
        if (Files.isRegularFile(file)) {
            try {
                return new Loaded(parse(Files.readString(file), reference), file.toAbsolutePath().normalize().getParent());
            } catch (IOException e) {
                throw new ScenarioException(reference, "", "cannot read the scenario file: " + e.getMessage(), e);
            }
        }
        String name = reference.endsWith(".yaml") ? reference.substring(0, reference.length() - 5) : reference;
        String resource = ScenarioLoader.RESOURCE_ROOT + name + ".yaml";
        if (!name.startsWith("cascade/") || CascadeScenarioLoader.class.getClassLoader().getResource(resource) == null) {
            throw new ScenarioException(reference, "", "scenario not found: no file " + file.toAbsolutePath().normalize()
                    + " and no embedded scenario '" + name + "'; embedded: cascade/base, cascade/static, cascade/small, cascade/calibrated");
        }
        return new Loaded(parse(resource(resource), "embedded:" + name), Path.of("").toAbsolutePath());
    }

    public CascadeScenario parse(String text, String source) {
        JsonNode tree = read(text, source);
        if (tree == null || !tree.isObject()) {
            throw new ScenarioException(source, "", TreeBinder.describe(tree) + " is not a mapping; allowed: a cascade scenario mapping");
        }
        ObjectNode root = (ObjectNode) tree;
        ObjectNode defaults = (ObjectNode) read(resource(DEFAULTS), "embedded:" + DEFAULTS);
        JsonNode infection = root.has("infection") ? root.remove("infection") : defaults.get("infection");
        defaults.remove("infection");
        JsonNode merged = JsonTrees.merge(defaults, root);
        TreeBinder binder = new TreeBinder(source, ScenarioException::new);
        Body b = binder.bind(merged, Body.class, "");
        if (!"cascade".equals(b.model())) {
            throw new ScenarioException(source, "model", "'" + b.model() + "' is not allowed here; allowed values: cascade");
        }
        if (!ScenarioLoader.NAME.matcher(b.name()).matches()) {
            throw new ScenarioException(source, "name", "'" + b.name() + "' is not a safe file name; allowed: letters, digits, '.', '_', '-'");
        }
        if (b.network().from() == CascadeScenario.NetworkSource.RETWEETS && (b.network().retweets() == null || b.network().retweets().isBlank())) {
            throw new ScenarioException(source, "network.retweets", "missing; allowed: a CSV file with header author,retweeter,count when network.from is retweets");
        }
        CascadeScenario.Infection inf = infection(infection, binder, source);
        boolean clone = b.network().from() == CascadeScenario.NetworkSource.CLONE;
        if (clone != CascadeInfectionModels.suppliesNetwork(inf)) {
            throw new ScenarioException(source, "network.from", clone
                    ? "'clone' needs an infection model trained on its own network (got infection.model '" + inf.model() + "'); allowed with clone: infection.model calibrated"
                    : "'" + b.network().from().name().toLowerCase(java.util.Locale.ROOT) + "' cannot carry infection.model '" + inf.model()
                    + "', which is bound to the clone of its base world; allowed values: clone");
        }
        return new CascadeScenario(b.name(), b.model(), b.description(), b.seed(), b.trials(), b.network(), b.source(),
                b.quotes(), b.countermeasures(), b.topics(), b.analyses(), inf);
    }

    private static CascadeScenario.Infection infection(JsonNode node, TreeBinder binder, String source) {
        var providers = CascadeInfectionModels.byName();
        String allowed = String.join(", ", providers.keySet());
        if (node == null || !node.isObject() || !node.has("model") || !node.get("model").isTextual()) {
            throw new ScenarioException(source, "infection.model", TreeBinder.describe(node == null ? null : node.get("model"))
                    + " is not allowed; allowed values: " + allowed);
        }
        String model = node.get("model").textValue();
        var provider = providers.get(model);
        if (provider == null) {
            throw new ScenarioException(source, "infection.model", "'" + model + "' is not allowed; allowed values: " + allowed);
        }
        ObjectNode settings = ((ObjectNode) node).deepCopy();
        settings.remove("model");
        return new CascadeScenario.Infection(model, binder.bind(settings, provider.settings(), "infection"));
    }

    private JsonNode read(String text, String source) {
        try {
            return yaml.readTree(text);
        } catch (IOException e) {
            throw new ScenarioException(source, "", "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = CascadeScenarioLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing embedded resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read embedded resource " + name, e);
        }
    }
}
