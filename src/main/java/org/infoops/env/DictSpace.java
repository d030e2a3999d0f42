package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Named sub-spaces, in the environment's order: a {@link DictValue} with exactly these keys. Gymnasium's {@code Dict}. */
public record DictSpace(Map<String, Space> spaces) implements Space {
    public DictSpace {
        Objects.requireNonNull(spaces, "spaces");
        if (spaces.isEmpty()) throw new IllegalArgumentException("DictSpace needs at least one member");
        spaces = Collections.unmodifiableMap(new LinkedHashMap<>(spaces));
    }

    /** A dict space from alternating keys and spaces, kept in the given order. */
    public static DictSpace of(Object... keysAndSpaces) {
        if (keysAndSpaces.length % 2 != 0) throw new IllegalArgumentException("keys and spaces must alternate");
        Map<String, Space> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndSpaces.length; i += 2) {
            map.put((String) keysAndSpaces[i], (Space) keysAndSpaces[i + 1]);
        }
        return new DictSpace(map);
    }

    @Override
    public Optional<Violation> violation(Value value, String path) {
        if (!(value instanceof DictValue dict)) {
            return Optional.of(new Violation(path, value.brief() + " is not allowed; allowed: a dict with keys " + spaces.keySet()));
        }
        for (String key : dict.entries().keySet()) {
            if (!spaces.containsKey(key)) {
                return Optional.of(new Violation(path, "key \"" + key + "\" is not allowed; allowed: keys " + spaces.keySet()));
            }
        }
        for (Map.Entry<String, Space> e : spaces.entrySet()) {
            Value member = dict.get(e.getKey());
            if (member == null) {
                return Optional.of(new Violation(path, "key \"" + e.getKey() + "\" is missing; allowed: a dict with keys " + spaces.keySet()));
            }
            Optional<Violation> bad = e.getValue().violation(member, path + "." + e.getKey());
            if (bad.isPresent()) return bad;
        }
        return Optional.empty();
    }

    @Override
    public DictValue sample(UniformRandomProvider rng) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Map.Entry<String, Space> e : spaces.entrySet()) out.put(e.getKey(), e.getValue().sample(rng));
        return new DictValue(out);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("Dict(");
        boolean first = true;
        for (Map.Entry<String, Space> e : spaces.entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append(e.getKey()).append(": ").append(e.getValue().describe());
        }
        return b.append(')').toString();
    }
}
