package org.infoops.env;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Java entry point to the product's environments, e.g.
 * {@code Environments.make("diagnostic/bandit-v0", Map.of("arms", 5))}: the same environments, spaces
 * and semantics as over gRPC.
 */
public final class Environments {
    /** Immutable: built once from {@link BuiltinEnvironments}. */
    private static final EnvironmentRegistry BUILTIN = BuiltinEnvironments.registry();

    private Environments() {}

    public static EnvironmentRegistry registry() {
        return BUILTIN;
    }

    public static List<EnvironmentInfo> list() {
        return BUILTIN.list();
    }

    public static Environment make(String id) {
        return BUILTIN.make(id);
    }

    /** {@code options}: plain values (numbers, strings, booleans, lists, maps) laid over the defaults. */
    public static Environment make(String id, Map<String, ?> options) {
        return BUILTIN.make(id, Options.of(options));
    }

    public static Environment make(String id, Options options) {
        return BUILTIN.make(id, options);
    }

    public static Environment make(String id, Options options, OptionalLong firstSeed) {
        return BUILTIN.make(id, options, firstSeed);
    }
}
