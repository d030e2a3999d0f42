package org.infoops.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading scenario YAML (duplicate keys rejected) and embedded scenario resources, with errors naming the source. */
public final class ScenarioText {
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private ScenarioText() {
    }

    /** The YAML tree of {@code text}; an empty or malformed file is a {@link ScenarioException}. */
    public static JsonNode tree(String text, String source) {
        try {
            JsonNode n = YAML.readTree(text);
            if (n == null || n.isMissingNode()) throw new ScenarioException(source, "", "the scenario is empty; required keys: name, model, runs, seed");
            return n;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(source, "", "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The text of an embedded resource such as {@code scenarios/troll/parameters.yaml}. */
    public static String resource(String resource) {
        try (InputStream in = ScenarioText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ScenarioException(resource, "", "no embedded resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(resource, "", "cannot read embedded resource: " + e.getMessage(), e);
        }
    }
}
