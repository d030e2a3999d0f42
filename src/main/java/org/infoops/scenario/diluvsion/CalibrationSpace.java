package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code calibrate} may change and on which simulations it trains (src/main/resources/diluvsion/calibration.yaml
 * or a file of the same layout): the training and held-out simulations, discrete readings (every combination is
 * screened) and continuous ranges (fitted by CMA-ES). Paths point into a scenario file, e.g.
 * {@code parameters.themes.adoptMode} or {@code bots.primaryTacticProbability}.
 */
public record CalibrationSpace(List<String> training, List<String> heldOut, Map<String, List<String>> discrete,
                               Map<String, double[]> continuous) {
    public static final String RESOURCE = "diluvsion/calibration.yaml";

    public static CalibrationSpace load(String file) {
        try {
            if (file == null) {
                try (InputStream in = CalibrationSpace.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                    if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
                    return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), RESOURCE);
                }
            }
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) throw new ScenarioException(file, "", "calibration space file does not exist");
            return parse(Files.readString(p), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalibrationSpace parse(String yamlText, String source) throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        JsonNode root = yaml.readTree(yamlText);
        PaperTable1 paper = PaperTable1.load();
        List<String> training = names(root, "training", source, paper);
        List<String> heldOut = names(root, "heldOut", source, paper);
        for (String t : training) {
            if (heldOut.contains(t)) throw new ScenarioException(source, "heldOut", "'" + t + "' is also in training; allowed: disjoint sets");
        }
        Map<String, List<String>> discrete = new LinkedHashMap<>();
        JsonNode d = root.path("discrete");
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            if (values.isEmpty()) throw new ScenarioException(source, "discrete." + e.getKey(), "no values; allowed: a list of one or more");
            discrete.put(e.getKey(), List.copyOf(values));
        }
        Map<String, double[]> continuous = new LinkedHashMap<>();
        JsonNode c = root.path("continuous");
        for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double min = e.getValue().path("min").asDouble(Double.NaN), max = e.getValue().path("max").asDouble(Double.NaN);
            if (!(min < max)) {
                throw new ScenarioException(source, "continuous." + e.getKey(), "min " + min + ", max " + max + "; allowed: numbers with min < max");
            }
            continuous.put(e.getKey(), new double[] {min, max});
        }
        return new CalibrationSpace(training, heldOut, discrete, continuous);
    }

    private static List<String> names(JsonNode root, String key, String source, PaperTable1 paper) {
        List<String> names = new ArrayList<>();
        root.path(key).forEach(n -> names.add(n.asText()));
        if (names.isEmpty()) throw new ScenarioException(source, key, "missing or empty; allowed: paper simulations such as sim01");
        for (String n : names) {
            if (!paper.has(n)) throw new ScenarioException(source, key, "'" + n + "' is not a paper simulation; allowed: " + paper.columns().keySet().stream().sorted().toList());
        }
        return List.copyOf(names);
    }

    /** Every combination of the discrete readings, in a fixed order (first key varies slowest). */
    public List<Map<String, String>> combinations() {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : discrete.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(training);
        all.addAll(heldOut);
        all.sort(String::compareTo);
        return all;
    }
}
