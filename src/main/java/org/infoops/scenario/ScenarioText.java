package org.infoops.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading scenario YAML (duplicate keys rejected) and embedded scenario resources, with errors naming the source. */
public final class ScenarioText {
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    /** Jackson's wording for a repeated key (FAIL_ON_READING_DUP_TREE_KEY), turned into a plain message. */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private ScenarioText() {
    }

    /** The YAML tree of {@code text}; an empty or malformed file is a {@link ScenarioException}. */
    public static JsonNode tree(String text, String source) {
        try {
            JsonNode n = YAML.readTree(text);
            if (n == null || n.isMissingNode() || n.isNull()) {
                throw new ScenarioException(source, "", "the scenario is empty; required keys: name, model, runs, seed");
            }
            return n;
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
