package org.infoops.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Binds a YAML tree strictly onto records: every record component must be present (defaults are filled into the
 * tree beforehand, where they are documented), every key must be a component, and every scalar must have exactly
 * the component's type. Enum values match case-insensitively, with '-' and '_' interchangeable.
 *
 * <p>Hand-written instead of Jackson data binding because Jackson is lenient where a scenario must not be
 * (it turns {@code 2.5} into the int 2, {@code "12"} into 12 and a missing key into 0), and its messages do not
 * list what is allowed. Here each error names the field path, the value and the allowed keys, values or type.
 * The one strict binder of the project: scenario files and every settings file are bound by it.
 */
public final class TreeBinder {
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** Makes the exception an error is thrown as (scenario loading throws its own type, so the CLI can map it). */
    @FunctionalInterface
    public interface Errors {
        RuntimeException error(String source, String path, String problem);
    }

    private final String source;
    private final Errors errors;

    /** A binder whose errors are {@link ConfigException}s. */
    public TreeBinder(String source) {
        this(source, ConfigException::new);
    }

    public TreeBinder(String source, Errors errors) {
        this.source = source;
        this.errors = errors;
    }

    /**
     * Reads a settings file strictly: YAML (a repeated key is an error) bound onto {@code type}.
     *
     * @param source the file's name as the user knows it, for the error message
     */
    public static <T extends Record> T read(InputStream in, Class<T> type, String source) throws IOException {
        JsonNode tree;
        try {
            tree = YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source, "", "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        return new TreeBinder(source).bind(tree, type, "");
    }

    /** Binds {@code node} (a mapping) to the record {@code type}; {@code path} prefixes every error. */
    public <T extends Record> T bind(JsonNode node, Class<T> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> keys = Arrays.stream(components).map(RecordComponent::getName).toList();
        if (node == null) {
            throw error(path, "missing; allowed: a mapping with keys " + String.join(", ", keys));
        }
        if (!node.isObject()) {
            throw error(path, describe(node) + " is not a mapping; allowed: a mapping with keys " + String.join(", ", keys));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw error(child(path, key), "unknown key '" + key + "'; allowed keys"
                        + (path.isEmpty() ? "" : " under " + path) + ": " + String.join(", ", keys));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String p = child(path, c.getName());
            JsonNode value = node.get(c.getName());
            if (value == null) {
                throw error(p, "missing; required keys" + (path.isEmpty() ? "" : " under " + path) + ": "
                        + String.join(", ", keys));
            }
            args[i] = value(value, c.getGenericType(), p);
            types[i] = c.getType();
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true); // settings records may be package-private in their own package
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            // A record's own compact-constructor check rejected the values.
            throw error(path, e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(JsonNode node, Type type, String path) {
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            return list(node, pt.getActualTypeArguments()[0], path);
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) return integer(node, path);
        if (c == long.class || c == Long.class) return longValue(node, path);
        if (c == double.class || c == Double.class) return number(node, path);
        if (c == boolean.class || c == Boolean.class) return bool(node, path);
        if (c == String.class) return text(node, path);
        if (c.isEnum()) return enumValue(node, (Class<? extends Enum>) c, path);
        if (c.isRecord()) return bind(node, (Class<? extends Record>) c, path);
        throw new IllegalStateException("no binding for " + c.getName() + " at " + path);
    }

    private List<Object> list(JsonNode node, Type element, String path) {
        if (node == null || !node.isArray()) {
            throw error(path, describe(node) + " is not a list; allowed: a list such as [1, 2, 3]");
        }
        List<Object> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(value(node.get(i), element, path + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private int integer(JsonNode node, String path) {
        if (node.isIntegralNumber() && node.canConvertToInt()) return node.intValue();
        throw error(path, describe(node) + " is not a whole number; allowed: a whole number such as 100");
    }

    private long longValue(JsonNode node, String path) {
        if (node.isIntegralNumber() && node.canConvertToLong()) return node.longValue();
        throw error(path, describe(node) + " is not a whole number; allowed: a whole number (64-bit)");
    }

    private double number(JsonNode node, String path) {
        if (node.isNumber() && Double.isFinite(node.doubleValue())) return node.doubleValue();
        throw error(path, describe(node) + " is not a number; allowed: a finite number such as 0.8");
    }

    private boolean bool(JsonNode node, String path) {
        if (node.isBoolean()) return node.booleanValue();
        throw error(path, describe(node) + " is not a boolean; allowed: true, false");
    }

    /** Text; an explicit null is kept (optional text fields are null-defaulted before binding). */
    private String text(JsonNode node, String path) {
        if (node.isNull()) return null;
        if (node.isValueNode()) return node.asText();
        throw error(path, describe(node) + " is not text; allowed: a single value");
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, Class<E> type, String path) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        if (node.isTextual()) {
            String wanted = node.textValue().trim().replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(wanted)) return e;
            }
        }
        throw error(path, describe(node) + " is not allowed; allowed values: " + allowed);
    }

    private RuntimeException error(String path, String problem) {
        return errors.error(source, path, problem);
    }

    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A short rendering of a value for messages: text quoted, numbers as written, structures abbreviated. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isNull()) return "null";
        if (node.isTextual()) return "'" + node.textValue() + "'";
        if (node.isValueNode()) return node.asText();
        String s = node.toString();
        return (node.isObject() ? "the mapping " : "the list ") + (s.length() > 60 ? s.substring(0, 57) + "..." : s);
    }
}
