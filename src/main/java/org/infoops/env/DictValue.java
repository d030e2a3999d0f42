package org.infoops.env;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Named values, in insertion order: the value of a {@link DictSpace}, or a nested info map. */
public record DictValue(Map<String, Value> entries) implements Value {
    public DictValue {
        Objects.requireNonNull(entries, "entries");
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static DictValue of(String k1, Value v1) {
        return new DictValue(Map.of(k1, v1));
    }

    /** A dict from alternating keys and values, kept in the given order. */
    public static DictValue of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must alternate");
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return new DictValue(map);
    }

    public Value get(String key) {
        return entries.get(key);
    }

    @Override
    public String brief() {
        String s = "dict with keys " + entries.keySet();
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
