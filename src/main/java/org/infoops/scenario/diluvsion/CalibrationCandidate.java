package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioLoader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One point of the calibration space: values for some scenario-file paths (discrete readings as text, continuous
 * values as numbers); paths not set keep the shipped files' values. Builds the paper scenarios with those values
 * written into their YAML trees, so they pass the same strict loading and validation as any scenario file.
 *
 * @param values path to value (String or Double), in a stable order
 */
public record CalibrationCandidate(Map<String, Object> values) {
    private static final ObjectMapper YAML = new YAMLMapper();

    public static final CalibrationCandidate SHIPPED = new CalibrationCandidate(Map.of());

    public CalibrationCandidate {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public CalibrationCandidate with(Map<String, ?> more) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.putAll(more);
        return new CalibrationCandidate(m);
    }

    /** A canonical text: the resume log's key, stable across runs. */
    public String key() {
        if (values.isEmpty()) return "shipped";
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (s.length() > 0) s.append(';');
            s.append(e.getKey()).append('=').append(format(e.getValue()));
        }
        return s.toString();
    }

    static String format(Object v) {
        return v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v);
    }

    /** The paper scenario {@code sim} with this candidate's values, {@code runs} runs (seed and graphs unchanged). */
    public DiluvsionScenario scenario(ScenarioLoader loader, String sim, int runs) {
        String resource = ScenarioLoader.RESOURCE_ROOT + "diluvsion/" + sim + ".yaml";
        try (InputStream in = CalibrationCandidate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            ObjectNode root = (ObjectNode) YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (Map.Entry<String, Object> e : values.entrySet()) set(root, e.getKey(), e.getValue());
            DiluvsionScenario s = loader.parse(YAML.writeValueAsString(root), "calibrate:" + sim, Path.of("").toAbsolutePath(), DiluvsionScenario.class);
            return s.withRuns(runs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DiluvsionScenario> scenarios(ScenarioLoader loader, List<String> sims, int runs) {
        return sims.stream().map(s -> scenario(loader, s, runs)).toList();
    }

    /** The value a path has in a shipped scenario file (or its merged parameters), as text. */
    public static String shippedValue(ScenarioLoader loader, String sim, String path) {
        try {
            String resource = ScenarioLoader.RESOURCE_ROOT + "diluvsion/" + sim + ".yaml";
            JsonNode node;
            try (InputStream in = CalibrationCandidate.class.getClassLoader().getResourceAsStream(resource)) {
                node = YAML.readTree(in);
            }
            JsonNode v = at(node, path);
            if (v == null && path.startsWith("parameters.")) {
                try (InputStream in = CalibrationCandidate.class.getClassLoader()
                        .getResourceAsStream(ScenarioLoader.RESOURCE_ROOT + "diluvsion/parameters.yaml")) {
                    v = at(YAML.readTree(in), path.substring("parameters.".length()));
                }
            }
            return v == null ? null : v.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isMissingNode() ? null : n;
    }

    private static void set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        String leaf = parts[parts.length - 1];
        // Discrete readings are kept as text (they name the candidate); a yes/no reading must reach the strict binder
        // as a YAML boolean, which refuses the text 'true'.
        if (value instanceof Double d) node.put(leaf, d);
        else if ("true".equals(value) || "false".equals(value)) node.put(leaf, Boolean.parseBoolean((String) value));
        else node.put(leaf, String.valueOf(value));
    }
}
