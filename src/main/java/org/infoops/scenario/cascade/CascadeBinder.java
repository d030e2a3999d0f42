package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioBinder;
import org.infoops.scenario.ScenarioDocument;

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
 * Binds cascade scenarios ({@code model: cascade}) for the {@link ScenarioLoader}: the file's YAML deep-merged over
 * the embedded {@code scenarios/cascade/parameters.yaml} (except {@code infection:}, which a scenario replaces whole,
 * since each model has its own keys), then bound strictly with {@link TreeBinder}.
 */
public final class CascadeBinder extends ScenarioBinder<CascadeBinder.Loaded> {
    static final String DEFAULTS = ScenarioLoader.RESOURCE_ROOT + "cascade/parameters.yaml";

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

    public CascadeBinder() {
        super("cascade", Loaded.class, List.of("name", "model", "description", "seed", "trials", "network", "source", "quotes", "countermeasures",
                    "topics", "analyses", "infection"));
    }

    @Override
    public Loaded bind(ScenarioDocument document) {
        ObjectNode root = document.root().deepCopy();
        String source = document.source();
        ObjectNode defaults = (ObjectNode) ScenarioDocument.defaults(DEFAULTS);
        JsonNode infection = root.has("infection") ? root.remove("infection") : defaults.get("infection");
        defaults.remove("infection");
        JsonNode merged = JsonTrees.merge(defaults, root);
        TreeBinder binder = document.binder();
        Body b = binder.bind(merged, Body.class, "");
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
        return new Loaded(new CascadeScenario(b.name(), b.model(), b.description(), b.seed(), b.trials(), b.network(), b.source(),
                b.quotes(), b.countermeasures(), b.topics(), b.analyses(), inf), document.baseDirectory());
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
}
