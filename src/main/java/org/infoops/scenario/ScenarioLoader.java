package org.infoops.scenario;

import org.infoops.kernel.TreeBinder;

import org.infoops.scenario.diluvsion.DiluvsionBinder;
import org.infoops.scenario.diluvsion.DiluvsionScenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.infoops.model.diluvsion.DiluvsionSetup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML into a tree, the scenario's {@code parameters:} deep-merged over the model's
 * embedded defaults ({@code scenarios/<model>/parameters.yaml}), then strict binding and validation. Every
 * problem is a {@link ScenarioException} naming the field path, the value and what is allowed.
 *
 * <p>A reference is a file path, or the name of a scenario embedded in the jar such as {@code diluvsion/sim01}
 * (resource {@code scenarios/diluvsion/sim01.yaml}). Relative table and graph paths inside a file resolve against
 * the file's directory; inside an embedded scenario, against the working directory. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    public static final String RESOURCE_ROOT = "scenarios/";
    static final List<String> COMMON_KEYS =
            List.of("name", "model", "description", "baseline", "runs", "steps", "seed", "parameters");
    /** Output directories are named after scenarios, so names must be safe file names (and not hidden). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PAPER_SCENARIO = Pattern.compile("sim\\d+");
    /** Jackson's wording for a repeated key (FAIL_ON_READING_DUP_TREE_KEY), turned into a plain message. */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private final Map<String, ModelBinder> binders = new LinkedHashMap<>();
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private final ClassLoader classLoader = ScenarioLoader.class.getClassLoader();

    public ScenarioLoader() {
        register(new DiluvsionBinder());
    }

    private void register(ModelBinder binder) {
        binders.put(binder.model(), binder);
    }

    /** The models a scenario may name. */
    public List<String> models() {
        return List.copyOf(binders.keySet());
    }

    /** Loads a file if {@code reference} names one, else the embedded scenario of that name. */
    public DiluvsionScenario load(String reference) {
        Path file = Path.of(reference);
        if (Files.isDirectory(file)) {
            throw new ScenarioException(reference, "", "is a directory; allowed: a scenario YAML file or an embedded name such as diluvsion/sim01");
        }
        if (Files.isRegularFile(file)) return load(file);
        String name = embeddedName(reference);
        if (classLoader.getResource(resourceOf(name)) != null) return loadEmbedded(name);
        throw new ScenarioException(reference, "", "scenario not found: no file " + file.toAbsolutePath().normalize()
                + " and no embedded scenario '" + name + "'; embedded: " + String.join(", ", allEmbedded()));
    }

    public DiluvsionScenario load(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(source, "", "scenario file " + file.toAbsolutePath().normalize() + " does not exist");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path dir = file.toAbsolutePath().normalize().getParent();
            return parse(text, source, dir);
        } catch (IOException e) {
            throw new ScenarioException(source, "", "cannot read the scenario file: " + e.getMessage(), e);
        }
    }

    /** An embedded scenario, e.g. {@code diluvsion/sim01} (with or without .yaml). */
    public DiluvsionScenario loadEmbedded(String name) {
        String n = embeddedName(name);
        String source = "embedded:" + n;
        String text = readResource(resourceOf(n), source);
        return parse(text, source, Path.of("").toAbsolutePath());
    }

    /**
     * Parses scenario text.
     *
     * @param yamlText      the YAML
     * @param source        a name for messages (file path or embedded name)
     * @param baseDirectory where relative table and graph paths resolve
     */
    public DiluvsionScenario parse(String yamlText, String source, Path baseDirectory) {
        JsonNode tree = readTree(yamlText, source);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioException(source, "", "the scenario is empty; required keys: " + String.join(", ", COMMON_KEYS));
        }
        if (!tree.isObject()) {
            throw new ScenarioException(source, "", TreeBinder.describe(tree) + " is not a mapping; allowed: a mapping with keys "
                    + String.join(", ", COMMON_KEYS) + " and the model's sections");
        }
        ObjectNode root = (ObjectNode) tree;
        TreeBinder binder = new TreeBinder(source, ScenarioException::new);
        Checks checks = new Checks(source);
        ModelBinder model = modelBinder(root, source);

        List<String> allowed = new ArrayList<>(COMMON_KEYS);
        allowed.addAll(model.sectionKeys());
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new ScenarioException(source, key, "unknown key '" + key + "'; allowed keys: " + String.join(", ", allowed));
            }
        }

        Header h = binder.bind(header(root), Header.class, "");
        checkHeader(h, checks);
        JsonNode parameters = root.get("parameters");
        if (parameters != null && !parameters.isNull() && !parameters.isObject()) {
            throw checks.error("parameters", TreeBinder.describe(parameters) + " is not a mapping; allowed: a mapping "
                    + "of overrides with the layout of " + model.parametersResource());
        }
        JsonNode defaults = readTree(readResource(model.parametersResource(), "embedded:" + model.parametersResource()),
                "embedded:" + model.parametersResource());
        JsonNode merged = org.infoops.kernel.JsonTrees.merge(defaults, parameters == null || parameters.isNull() ? null : parameters);

        DiluvsionSetup setup = model.bind(root, merged, h.steps(), new ModelBinder.Context(source, baseDirectory, binder, checks));
        return new DiluvsionScenario(h.name(), h.model(), h.description(), h.baseline(), h.runs(), h.steps(), h.seed(), setup, source);
    }

    /** Names of the embedded scenarios of a model, e.g. diluvsion/sim01 .. diluvsion/sim16, diluvsion/small. */
    public List<String> embeddedScenarios(String model) {
        ModelBinder binder = binders.get(model);
        if (binder == null) {
            throw new ScenarioException(null, "model", "'" + model + "' is not a known model; allowed values: "
                    + String.join(", ", binders.keySet()));
        }
        URL defaults = classLoader.getResource(binder.parametersResource());
        if (defaults == null) throw new IllegalStateException("missing classpath resource " + binder.parametersResource());
        try {
            URI uri = defaults.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    return list(fs.getPath("/" + binder.parametersResource()).getParent(), model);
                } finally {
                    if (opened) fs.close();
                }
            }
            return list(Path.of(uri).getParent(), model);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the embedded scenarios of " + model + ": " + e.getMessage(), e);
        }
    }

    /** The paper's scenarios of a model: embedded names of the form simNN, in order (what {@code sweep --all} runs). */
    public List<String> paperScenarios(String model) {
        return embeddedScenarios(model).stream()
                .filter(n -> PAPER_SCENARIO.matcher(n.substring(n.indexOf('/') + 1)).matches())
                .toList();
    }

    private List<String> allEmbedded() {
        List<String> all = new ArrayList<>();
        for (String m : binders.keySet()) all.addAll(embeddedScenarios(m));
        return all;
    }

    private static List<String> list(Path dir, String model) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("parameters.yaml"))
                    .map(f -> model + "/" + f.substring(0, f.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    private ModelBinder modelBinder(ObjectNode root, String source) {
        JsonNode model = root.get("model");
        if (model == null) {
            throw new ScenarioException(source, "model", "missing; allowed values: " + String.join(", ", binders.keySet()));
        }
        ModelBinder binder = model.isTextual() ? binders.get(model.textValue().trim()) : null;
        if (binder == null) {
            throw new ScenarioException(source, "model", TreeBinder.describe(model) + " is not a known model; allowed values: "
                    + String.join(", ", binders.keySet()));
        }
        return binder;
    }

    /** The common keys, with the documented defaults: description "", baseline = own name. */
    private static ObjectNode header(ObjectNode root) {
        ObjectNode h = root.objectNode();
        for (String key : COMMON_KEYS) {
            if (!key.equals("parameters") && root.has(key)) h.set(key, root.get(key));
        }
        if (!h.has("description")) h.put("description", "");
        if (!h.has("baseline") && root.has("name")) h.set("baseline", root.get("name"));
        return h;
    }

    private static void checkHeader(Header h, Checks checks) {
        name(checks, "name", h.name());
        name(checks, "baseline", h.baseline());
        checks.atLeast("runs", h.runs(), 1);
        checks.atLeast("steps", h.steps(), 1);
    }

    private static void name(Checks checks, String path, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw checks.error(path, (value == null ? "null" : "'" + value + "'") + " is not a valid scenario name; "
                    + "allowed: letters, digits, '.', '_' and '-', starting with a letter or digit (it names the output directory)");
        }
    }

    private JsonNode readTree(String text, String source) {
        try {
            return yaml.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
            if (duplicate.find()) {
                throw new ScenarioException(source, duplicate.group(1), "duplicate key '" + duplicate.group(1) + "'" + where
                        + "; allowed: each key once per mapping", e);
            }
            throw new ScenarioException(source, "", "not valid YAML" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    private String readResource(String resource, String source) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) throw new ScenarioException(source, "", "no embedded resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(source, "", "cannot read embedded resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String embeddedName(String reference) {
        String n = reference.replace('\\', '/');
        if (n.startsWith("/")) n = n.substring(1);
        if (n.startsWith(RESOURCE_ROOT)) n = n.substring(RESOURCE_ROOT.length());
        if (n.endsWith(".yaml")) n = n.substring(0, n.length() - ".yaml".length());
        return n;
    }

    private static String resourceOf(String name) {
        return RESOURCE_ROOT + name + ".yaml";
    }

    /** The model-independent keys of a scenario. */
    record Header(String name, String model, String description, String baseline, int runs, int steps, long seed) {}
}
