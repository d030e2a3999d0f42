package org.infoops.env;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Diagnostic information about a reset or step for one agent (Gymnasium's info dict). */
public record Info(Map<String, Value> entries) {
    public static final Info EMPTY = new Info(Map.of());

    public Info {
        Objects.requireNonNull(entries, "entries");
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Value get(String key) {
        return entries.get(key);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Builds an info map in insertion order; numbers become scalar tensors. */
    public static final class Builder {
        private final Map<String, Value> entries = new LinkedHashMap<>();

        public Builder put(String key, long value) {
            return put(key, Tensor.scalar(value));
        }

        public Builder put(String key, double value) {
            return put(key, Tensor.scalar(value));
        }

        public Builder put(String key, boolean value) {
            return put(key, Tensor.scalar(value));
        }

        public Builder put(String key, String value) {
            return put(key, new Text(value));
        }

        public Builder put(String key, Value value) {
            entries.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public Info build() {
            return entries.isEmpty() ? EMPTY : new Info(entries);
        }
    }
}
