package org.infoops.env;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Environment ids and the factories that make them. Immutable once built; the product's registry is
 * {@link BuiltinEnvironments#registry()}.
 */
public final class EnvironmentRegistry {
    private final Map<String, EnvironmentFactory> factories;

    public EnvironmentRegistry(Collection<? extends EnvironmentFactory> factories) {
        Map<String, EnvironmentFactory> byId = new TreeMap<>();
        for (EnvironmentFactory f : factories) {
            String id = f.info().id();
            if (byId.putIfAbsent(id, f) != null) throw new IllegalArgumentException("environment id registered twice: " + id);
        }
        this.factories = Collections.unmodifiableMap(byId);
    }

    /** Every environment, sorted by id. */
    public List<EnvironmentInfo> list() {
        List<EnvironmentInfo> out = new ArrayList<>();
        for (EnvironmentFactory f : factories.values()) out.add(f.info());
        return out;
    }

    public List<String> ids() {
        return List.copyOf(factories.keySet());
    }

    public EnvironmentInfo info(String id) {
        return factory(id).info();
    }

    /**
     * A new instance of {@code id} with {@code options} laid over its defaults.
     *
     * @param firstSeed seed of the first reset if that reset gives none
     * @throws UnknownEnvironmentException for an unknown id
     * @throws InvalidValueException       for an unknown or ill-typed option
     */
    public Environment make(String id, Options options, OptionalLong firstSeed) {
        EnvironmentFactory factory = factory(id);
        EnvironmentInfo info = factory.info();
        Options given = options.named("options");
        given.requireOnly(info.optionNames());
        EnvironmentLogic logic = factory.create(given.withDefaults(info.defaultOptions()));
        if (!logic.spec().id().equals(id) || logic.spec().multiAgent() != info.multiAgent()) {
            throw new IllegalStateException("factory of " + id + " made an environment whose spec says "
                    + logic.spec().id() + (logic.spec().multiAgent() ? " (multi-agent)" : " (single-agent)"));
        }
        return new CheckedEnvironment(logic, firstSeed);
    }

    public Environment make(String id, Options options) {
        return make(id, options, OptionalLong.empty());
    }

    public Environment make(String id) {
        return make(id, Options.empty(), OptionalLong.empty());
    }

    private EnvironmentFactory factory(String id) {
        EnvironmentFactory f = factories.get(id);
        if (f == null) throw new UnknownEnvironmentException(id, factories.keySet());
        return f;
    }
}
