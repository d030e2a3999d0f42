package org.infoops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.infoops.kernel.TreeBinder;

import java.io.IOException;
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
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one front door for scenario files of every model. A reference is a file path, or the name of a scenario
 * embedded in the jar such as {@code diluvsion/sim01} or {@code troll/small} (resource
 * {@code scenarios/troll/small.yaml}). The loader reads the YAML (a repeated key is an error), picks the model's
 * {@link ScenarioBinder} by the {@code model:} key, rejects keys the model does not know, checks the scenario name
 * (it names the output directory), and lets the binder merge its defaults, bind strictly and validate. Every problem
 * is a {@link ScenarioException} naming the field path, the value and what is allowed; the lists of models and of
 * embedded scenarios in messages come from the classpath. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    public static final String RESOURCE_ROOT = "scenarios/";
    /** Output directories are named after scenarios, so names must be safe file names (and not hidden). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PAPER_SCENARIO = Pattern.compile("sim\\d+");
    private static final Pattern MODEL_LINE = Pattern.compile("(?m)^model:\\s*(\\S+)");

    private final Map<String, ScenarioBinder<?>> binders = new LinkedHashMap<>();
    private final ClassLoader classLoader = ScenarioLoader.class.getClassLoader();

    @SuppressWarnings("rawtypes")
    public ScenarioLoader() {
        for (ScenarioBinder b : ServiceLoader.load(ScenarioBinder.class, classLoader)) binders.put(b.model(), b);
    }

    /** The models a scenario may name. */
    public List<String> models() {
        return List.copyOf(binders.keySet());
    }

    /** Loads a file if {@code reference} names one, else the embedded scenario of that name; any model. */
    public Object load(String reference) {
        return load(reference, Object.class);
    }

    /**
     * Loads a scenario that must be of {@code type} (e.g. {@code TrollScenario.class}); an embedded name may leave
     * out the model's folder ({@code small} for {@code troll/small}).
     */
    public <S> S load(String reference, Class<S> type) {
        Path file = Path.of(reference);
        if (Files.isDirectory(file)) {
            throw new ScenarioException(reference, "", "is a directory; allowed: a scenario YAML file or an embedded name such as diluvsion/sim01");
        }
        if (Files.isRegularFile(file)) return load(file, type);
        return loadEmbedded(reference, type);
    }

    /** An embedded scenario, e.g. {@code diluvsion/sim01} (with or without .yaml), never a file. */
    public <S> S loadEmbedded(String reference, Class<S> type) {
        Path file = Path.of(reference);
        String name = embeddedName(reference);
        ScenarioBinder<?> expected = binderOf(type);
        if (classLoader.getResource(resourceOf(name)) == null && expected != null && !name.startsWith(expected.model() + "/")) {
            name = expected.model() + "/" + name;
        }
        if (classLoader.getResource(resourceOf(name)) == null) {
            List<String> embedded = expected == null ? allEmbedded() : embeddedScenarios(expected.model());
            throw new ScenarioException(reference, "", "scenario not found: no file " + file.toAbsolutePath().normalize()
                    + " and no embedded scenario '" + name + "'; embedded: " + String.join(", ", embedded));
        }
        String source = "embedded:" + name;
        return parse(ScenarioText.resource(resourceOf(name)), source, Path.of("").toAbsolutePath(), type);
    }

    public <S> S load(Path file, Class<S> type) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(source, "", "scenario file " + file.toAbsolutePath().normalize() + " does not exist");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(text, source, file.toAbsolutePath().normalize().getParent(), type);
        } catch (IOException e) {
            throw new ScenarioException(source, "", "cannot read the scenario file: " + e.getMessage(), e);
        }
    }

    /**
     * Parses scenario text of any model.
     *
     * @param yamlText      the YAML
     * @param source        a name for messages (file path or embedded name)
     * @param baseDirectory where relative table, graph and log paths resolve
     */
    public Object parse(String yamlText, String source, Path baseDirectory) {
        return parse(yamlText, source, baseDirectory, Object.class);
    }

    /** Parses scenario text that must be of {@code type}. */
    public <S> S parse(String yamlText, String source, Path baseDirectory, Class<S> type) {
        JsonNode tree = ScenarioText.tree(yamlText, source);
        if (!tree.isObject()) {
            throw new ScenarioException(source, "", TreeBinder.describe(tree) + " is not a mapping; allowed: a mapping with keys "
                    + "name, model, description, runs, seed and the model's sections");
        }
        ObjectNode root = (ObjectNode) tree;
        ScenarioBinder<?> binder = modelBinder(root, source, binderOf(type));
        List<String> allowed = binder.keys();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new ScenarioException(source, key, "unknown key '" + key + "'; allowed keys: " + String.join(", ", allowed));
            }
        }
        ScenarioDocument document = new ScenarioDocument(source, baseDirectory, root);
        if (root.has("name")) name(document.checks(), "name", root.get("name"));
        return type.cast(binder.bind(document));
    }

    /** A scenario name check shared by every model: a safe file name, since it names the output directory. */
    public static void name(Checks checks, String path, JsonNode value) {
        String text = value != null && value.isTextual() ? value.textValue() : null;
        if (text == null || !NAME.matcher(text).matches()) {
            throw checks.error(path, (text == null ? TreeBinder.describe(value) : "'" + text + "'") + " is not a valid scenario name; "
                    + "allowed: letters, digits, '.', '_' and '-', starting with a letter or digit (it names the output directory)");
        }
    }

    /** Names of the embedded scenarios of a model, e.g. diluvsion/sim01 .. diluvsion/sim16, diluvsion/small. */
    public List<String> embeddedScenarios(String model) {
        if (!binders.containsKey(model)) {
            throw new ScenarioException(null, "model", "'" + model + "' is not a known model; allowed values: "
                    + String.join(", ", binders.keySet()));
        }
        String anchor = RESOURCE_ROOT + model + "/parameters.yaml";
        URL defaults = classLoader.getResource(anchor);
        if (defaults == null) throw new IllegalStateException("missing classpath resource " + anchor);
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
                    return list(fs.getPath("/" + anchor).getParent(), model);
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

    /** The embedded scenarios of a model for a message: "diluvsion/sim01 to diluvsion/sim16, diluvsion/small". */
    public String describeEmbedded(String model) {
        List<String> paper = paperScenarios(model);
        List<String> parts = new ArrayList<>();
        if (paper.size() > 2) parts.add(paper.get(0) + " to " + paper.get(paper.size() - 1));
        else parts.addAll(paper);
        for (String name : embeddedScenarios(model)) if (!paper.contains(name)) parts.add(name);
        return String.join(", ", parts);
    }

    private List<String> allEmbedded() {
        List<String> all = new ArrayList<>();
        for (String m : binders.keySet()) all.addAll(embeddedScenarios(m));
        return all;
    }

    /** The scenario files of a model's folder: YAML naming the model, except its defaults (settings files name none). */
    private static List<String> list(Path dir, String model) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && !p.getFileName().toString().equals("parameters.yaml"))
                    .filter(p -> namesModel(p, model))
                    .map(p -> p.getFileName().toString())
                    .map(f -> model + "/" + f.substring(0, f.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean namesModel(Path file, String model) {
        try {
            var m = MODEL_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() && m.group(1).equals(model);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private ScenarioBinder<?> binderOf(Class<?> type) {
        for (ScenarioBinder<?> b : binders.values()) {
            if (b.type() == type) return b;
        }
        return null;
    }

    private ScenarioBinder<?> modelBinder(ObjectNode root, String source, ScenarioBinder<?> expected) {
        JsonNode model = root.get("model");
        String allowed = expected == null ? String.join(", ", binders.keySet()) : expected.model();
        if (model == null) {
            throw new ScenarioException(source, "model", "missing; allowed values: " + allowed);
        }
        ScenarioBinder<?> binder = model.isTextual() ? binders.get(model.textValue().trim()) : null;
        if (binder == null) {
            throw new ScenarioException(source, "model", TreeBinder.describe(model) + " is not a known model; allowed values: " + allowed);
        }
        if (expected != null && binder != expected) {
            throw new ScenarioException(source, "model", TreeBinder.describe(model) + " is not allowed here; allowed values: " + allowed);
        }
        return binder;
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
}
