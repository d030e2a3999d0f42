package org.infoops.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Objects;

/** A documented option: its name, what it does and which values are allowed, and its default. */
public record OptionSpec(String name, String description, JsonNode defaultValue) {
    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        defaultValue = JsonNumbers.normalise(defaultValue);
    }

    public static OptionSpec of(String name, String description, long defaultValue) {
        return new OptionSpec(name, description, JsonNodeFactory.instance.numberNode(defaultValue));
    }

    public static OptionSpec of(String name, String description, double defaultValue) {
        return new OptionSpec(name, description, JsonNodeFactory.instance.numberNode(defaultValue));
    }

    public static OptionSpec of(String name, String description, boolean defaultValue) {
        return new OptionSpec(name, description, JsonNodeFactory.instance.booleanNode(defaultValue));
    }

    public static OptionSpec of(String name, String description, String defaultValue) {
        return new OptionSpec(name, description, JsonNodeFactory.instance.textNode(defaultValue));
    }

    /** An option whose default is a tree (e.g. empty scenario overrides {@code {}}). */
    public static OptionSpec of(String name, String description, JsonNode defaultValue) {
        return new OptionSpec(name, description, defaultValue);
    }
}
