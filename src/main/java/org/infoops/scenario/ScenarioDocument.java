package org.infoops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.infoops.kernel.JsonTrees;
import org.infoops.kernel.TreeBinder;

/**
 * One scenario file as the {@link ScenarioLoader} hands it to a model's {@link ScenarioBinder}: the YAML tree, where
 * it came from (for messages), the directory relative paths in it resolve against, and the strict binder and checks
 * whose errors name that source.
 *
 * @param source        a file path or {@code embedded:<model>/<name>}
 * @param baseDirectory where relative table, graph and log paths resolve (the file's directory; the working
 *                      directory for an embedded scenario)
 * @param root          the whole scenario mapping
 */
public record ScenarioDocument(String source, Path baseDirectory, ObjectNode root, TreeBinder binder, Checks checks) {
    public ScenarioDocument(String source, Path baseDirectory, ObjectNode root) {
        this(source, baseDirectory, root, new TreeBinder(source, ScenarioException::new), new Checks(source));
    }

    /** The header every model's scenario carries; {@code description} defaults to "". */
    public record Header(String name, String model, String description, int runs, long seed) {}

    /** Binds the common header ({@code name, model, description, runs, seed}); runs must be 1 or more. */
    public Header header() {
        ObjectNode h = root.objectNode();
        for (String key : new String[] {"name", "model", "description", "runs", "seed"}) {
            if (root.has(key)) h.set(key, root.get(key));
        }
        if (!h.has("description")) h.put("description", "");
        Header header = binder.bind(h, Header.class, "");
        checks.atLeast("runs", header.runs(), 1);
        return header;
    }

    /**
     * The scenario's mapping under {@code key} deep-merged over the embedded defaults file {@code defaults}
     * (e.g. {@code parameters:} over {@code scenarios/troll/parameters.yaml}); a missing or null key keeps the defaults.
     */
    public JsonNode merged(String key, String defaults) {
        JsonNode overrides = root.get(key);
        if (overrides != null && !overrides.isNull() && !overrides.isObject()) {
            throw checks.error(key, TreeBinder.describe(overrides) + " is not a mapping; allowed: a mapping of overrides with the layout of "
                    + defaults);
        }
        return JsonTrees.merge(defaults(defaults), overrides == null || overrides.isNull() ? null : overrides);
    }

    /** The YAML tree of an embedded defaults file. */
    public static JsonNode defaults(String resource) {
        return ScenarioText.tree(ScenarioText.resource(resource), "embedded:" + resource);
    }
}
