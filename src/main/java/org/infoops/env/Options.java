package org.infoops.env;

import org.infoops.graph.GraphCache;
import org.infoops.scenario.cascade.TrainedModelCache;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options of an environment (given at creation, e.g. a scenario and its overrides) or of a reset: a
 * JSON-like tree, as the scenario files are. Typed getters check the value and fail with an
 * {@link InvalidValueException} naming the option, the value and what is allowed.
 *
 * <p>Immutable: the tree is copied in and out.
 */
public final class Options {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode tree;
    private final String path;
    private final FileAccess fileAccess;
    private final Budget budget;
    private final GraphCache graphCache;
    private final TrainedModelCache trainedModels;

    private Options(ObjectNode tree, String path) {
        this(tree, path, FileAccess.UNRESTRICTED, Budget.UNLIMITED, null, null);
    }

    private Options(ObjectNode tree, String path, FileAccess fileAccess, Budget budget, GraphCache graphCache,
                    TrainedModelCache trainedModels) {
        this.tree = (ObjectNode) JsonNumbers.normalise(tree);
        this.path = path;
        this.fileAccess = fileAccess;
        this.budget = budget;
        this.graphCache = graphCache;
        this.trainedModels = trainedModels;
    }

    public static Options empty() {
        return new Options(JsonNodeFactory.instance.objectNode(), "options");
    }

    /** Options from a tree; {@code path} prefixes option names in messages (e.g. "options" or "reset options"). */
    public static Options of(ObjectNode tree, String path) {
        return new Options(tree.deepCopy(), path);
    }

    public static Options of(ObjectNode tree) {
        return of(tree, "options");
    }

    /** Options from plain Java values (numbers, strings, booleans, lists, maps, JsonNodes). */
    public static Options of(Map<String, ?> values) {
        return new Options(JSON.valueToTree(values), "options");
    }

    /** Options from a JSON object text, e.g. {@code {"arms": 5}}. */
    public static Options fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw InvalidValueException.notAllowed("options", Quote.value(json), "a JSON object");
            }
            return new Options(object, "options");
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("options", "not valid JSON (" + Quote.clip(e.getOriginalMessage(), 200) + "); allowed: a JSON object");
        }
    }

    /** The defaults of documented options. */
    public static Options defaults(List<OptionSpec> specs, String path) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        for (OptionSpec spec : specs) tree.set(spec.name(), spec.defaultValue().deepCopy());
        return new Options(tree, path);
    }

    /** The same options with another name prefix for messages. */
    public Options named(String newPath) {
        return new Options(tree, newPath, fileAccess, budget, graphCache, trainedModels);
    }

    /** The same options, allowed to name only the files {@code access} allows (a server's clients). */
    public Options withFileAccess(FileAccess access) {
        return new Options(tree, path, access, budget, graphCache, trainedModels);
    }

    /** The same options, with the instance's footprint admitted by {@code limits} (a server's sessions). */
    public Options withBudget(Budget limits) {
        return new Options(tree, path, fileAccess, limits, graphCache, trainedModels);
    }

    /** The same options, with generated graphs shared through {@code cache} (a server's sessions share one). */
    public Options withGraphCache(GraphCache cache) {
        return new Options(tree, path, fileAccess, budget, cache, trainedModels);
    }

    /** The same options, with trained infection models shared through {@code cache} (a server's sessions share one). */
    public Options withTrainedModels(TrainedModelCache cache) {
        return new Options(tree, path, fileAccess, budget, graphCache, cache);
    }

    /** The trained-model cache the instance shares with others, if its creator gave one (servers do; in-process: none). */
    public java.util.Optional<TrainedModelCache> trainedModels() {
        return java.util.Optional.ofNullable(trainedModels);
    }

    /** The graph cache the instance shares with others, if its creator gave one (servers do; in-process: none). */
    public java.util.Optional<GraphCache> graphCache() {
        return java.util.Optional.ofNullable(graphCache);
    }

    /**
     * Admits the instance's estimated footprint; an environment calls this from its options, before it
     * allocates anything large. Unlimited for in-process callers.
     *
     * @throws BudgetExceededException naming the option, the estimate and the limit
     */
    public void admit(Footprint footprint) {
        budget.admit(footprint);
    }

    /** Which files options that name a file may name: any, for in-process callers (the default). */
    public FileAccess fileAccess() {
        return fileAccess;
    }

    public String path() {
        return path;
    }

    /** A copy of the tree. */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public boolean has(String name) {
        return tree.has(name) && !tree.get(name).isNull();
    }

    public boolean isEmpty() {
        return tree.isEmpty();
    }

    /** A copy of option {@code name}'s value (e.g. a scenario override tree); missing node if absent. */
    public JsonNode node(String name) {
        JsonNode n = tree.get(name);
        return n == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : n.deepCopy();
    }

    /** These options laid over {@code defaults}: objects merge key by key, anything else replaces. */
    public Options withDefaults(Options defaults) {
        return new Options((ObjectNode) org.infoops.kernel.JsonTrees.merge(defaults.tree, tree), path, fileAccess, budget, graphCache, trainedModels);
    }

    /** Fails on the first option not in {@code allowed}, naming the allowed ones. */
    public void requireOnly(Collection<String> allowed) {
        for (String name : names()) {
            if (!allowed.contains(name)) {
                throw new InvalidValueException(path + "." + Quote.value(name),
                        "unknown option; allowed options: " + (allowed.isEmpty() ? "none" : new ArrayList<>(allowed)));
            }
        }
    }

    /** An integer option within [min, max]. */
    public int intValue(String name, int min, int max) {
        return (int) longValue(name, min, max);
    }

    /** An integer option within [min, max]; integral floating values such as 3.0 are accepted (JSON has one number type). */
    public long longValue(String name, long min, long max) {
        JsonNode n = require(name);
        String allowed = "an integer from " + min + " to " + max;
        if (!n.isNumber() || (n.isFloatingPointNumber() && n.asDouble() != Math.rint(n.asDouble()))) {
            throw InvalidValueException.notAllowed(path + "." + name, n.toString(), allowed);
        }
        double d = n.asDouble();
        long v = n.isIntegralNumber() ? n.asLong() : (long) d;
        if (d < min || d > max || v < min || v > max) {
            throw InvalidValueException.notAllowed(path + "." + name, n.toString(), allowed);
        }
        return v;
    }

    /** A finite number option within [min, max]. */
    public double doubleValue(String name, double min, double max) {
        JsonNode n = require(name);
        double v = n.asDouble();
        if (!n.isNumber() || Double.isNaN(v) || v < min || v > max) {
            throw InvalidValueException.notAllowed(path + "." + name, n.toString(),
                    "a number from " + SpaceChecks.formatBound(min) + " to " + SpaceChecks.formatBound(max));
        }
        return v;
    }

    public boolean booleanValue(String name) {
        JsonNode n = require(name);
        if (!n.isBoolean()) throw InvalidValueException.notAllowed(path + "." + name, n.toString(), "true or false");
        return n.booleanValue();
    }

    /** A text option; when {@code allowed} is not empty, one of those values. */
    public String stringValue(String name, Collection<String> allowed) {
        JsonNode n = require(name);
        if (!n.isTextual() || (!allowed.isEmpty() && !allowed.contains(n.textValue()))) {
            throw InvalidValueException.notAllowed(path + "." + name, n.toString(),
                    allowed.isEmpty() ? "a string" : "one of " + allowed);
        }
        return n.textValue();
    }

    private JsonNode require(String name) {
        JsonNode n = tree.get(name);
        if (n == null || n.isNull()) {
            throw new InvalidValueException(path + "." + name, "is missing; it has no default, so it must be given");
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Options other && other.tree.equals(tree);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }

    @Override
    public String toString() {
        return tree.toString();
    }
}
