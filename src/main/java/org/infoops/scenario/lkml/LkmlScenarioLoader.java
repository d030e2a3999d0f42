package org.infoops.scenario.lkml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.infoops.kernel.JsonTrees;
import org.infoops.learn.Method;
import org.infoops.model.lkml.LkmlParameters;
import org.infoops.model.lkml.truth.GroundTruthSettings;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.scenario.ScenarioText;
import org.infoops.kernel.TreeBinder;

/**
 * Loads LKML scenarios ({@code model: lkml}): a file, or an embedded name such as {@code lkml/small}. The
 * scenario's {@code parameters:} are deep-merged over {@code scenarios/lkml/parameters.yaml} and its
 * {@code groundTruth:} over {@code scenarios/lkml/ground-truth.yaml}, then bound strictly by the project's
 * {@link TreeBinder}; every error names the field path, the value and what is allowed.
 */
public final class LkmlScenarioLoader {
    public static final String DEFAULTS = "scenarios/lkml/parameters.yaml";
    public static final String GROUND_TRUTH = "scenarios/lkml/ground-truth.yaml";
    static final List<String> KEYS = List.of("name", "model", "description", "runs", "seed", "realLog", "groundTruth", "parameters");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The layout of parameters.yaml. */
    public record ParameterFile(LkmlParameters.Periods periods, LkmlParameters.Process process, LkmlParameters.Fit fit,
                                MixtureSpec mixtures) {}

    public record MixtureSpec(List<Double> shares, List<Method> methods) {}

    public record Header(String name, String model, String description, int runs, long seed, String realLog) {}

    public LkmlScenario load(String reference) {
        Path file = Path.of(reference);
        if (Files.isRegularFile(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new ScenarioException(reference, "", "cannot read the scenario file: " + e.getMessage(), e);
            }
        }
        String name = reference.endsWith(".yaml") ? reference.substring(0, reference.length() - 5) : reference;
        if (!name.startsWith("lkml/")) name = "lkml/" + name;
        String resource = ScenarioLoader.RESOURCE_ROOT + name + ".yaml";
        if (getClass().getClassLoader().getResource(resource) == null) {
            throw new ScenarioException(reference, "", "scenario not found: no file " + file.toAbsolutePath().normalize()
                    + " and no embedded scenario '" + name + "'; embedded: lkml/default, lkml/small");
        }
        return parse(resource(resource), "embedded:" + name, Path.of(""));
    }

    /** @param base the directory a relative {@code realLog} is resolved against */
    public LkmlScenario parse(String text, String source, Path base) {
        JsonNode tree = read(text, source);
        if (!(tree instanceof ObjectNode root)) {
            throw new ScenarioException(source, "", TreeBinder.describe(tree) + " is not a mapping; allowed keys: " + String.join(", ", KEYS));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new ScenarioException(source, k, "unknown key '" + k + "'; allowed keys: " + String.join(", ", KEYS));
        }
        TreeBinder binder = new TreeBinder(source, ScenarioException::new);
        ObjectNode header = root.deepCopy();
        header.remove("parameters");
        header.remove("groundTruth");
        if (!header.has("description")) header.put("description", "");
        if (!header.has("realLog")) header.putNull("realLog");
        Header h = binder.bind(header, Header.class, "");
        if (!"lkml".equals(h.model())) throw new ScenarioException(source, "model", "'" + h.model() + "' is not allowed; allowed values: lkml");
        if (h.name() == null || !NAME.matcher(h.name()).matches()) {
            throw new ScenarioException(source, "name", "'" + h.name() + "' is not a valid scenario name; allowed: letters, digits, '.', '_' and '-'");
        }
        if (h.runs() < 1) throw new ScenarioException(source, "runs", h.runs() + " is out of range; allowed: 1 or more");
        String log = h.realLog();
        if (log != null) {
            Path p = base.resolve(log);
            if (!Files.isRegularFile(p)) throw new ScenarioException(source, "realLog", "'" + log + "' is not a file; allowed: null (the ground-truth generator) or a CSV message log");
            log = p.toString();
        }
        ParameterFile pf = binder.bind(merged(root, "parameters", DEFAULTS, source), ParameterFile.class, "parameters");
        GroundTruthSettings truth = binder.bind(merged(root, "groundTruth", GROUND_TRUTH, source), GroundTruthSettings.class, "groundTruth");
        List<Double> shares = pf.mixtures().shares();
        for (double s : shares) {
            if (!(s >= 0 && s <= 1)) throw new ScenarioException(source, "parameters.mixtures.shares", s + " is out of range; allowed: 0 to 1");
        }
        if (shares.isEmpty() || pf.mixtures().methods().isEmpty()) {
            throw new ScenarioException(source, "parameters.mixtures", "shares and methods must not be empty");
        }
        return new LkmlScenario(h.name(), h.description(), h.runs(), h.seed(), log, truth,
                new LkmlParameters(pf.periods(), pf.process(), pf.fit()),
                new LkmlScenario.Mixtures(List.copyOf(shares), List.copyOf(pf.mixtures().methods())), source);
    }

    private JsonNode merged(ObjectNode root, String key, String defaults, String source) {
        JsonNode overrides = root.get(key);
        if (overrides != null && !overrides.isNull() && !overrides.isObject()) {
            throw new ScenarioException(source, key, TreeBinder.describe(overrides) + " is not a mapping; allowed: overrides with the layout of " + defaults);
        }
        return JsonTrees.merge(read(resource(defaults), "embedded:" + defaults), overrides == null || overrides.isNull() ? null : overrides);
    }

    private JsonNode read(String text, String source) {
        return ScenarioText.tree(text, source);
    }

    private String resource(String resource) {
        return ScenarioText.resource(resource);
    }
}
