package org.infoops.env;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name and meaning of one element of a tensor space (a {@link MultiDiscrete} entry, a {@link Box} or
 * {@link MultiBinary} element), so a client can address an action or read an observation by name instead of by
 * position, as dm_env_rpc names every tensor. Names are dotted paths of identifiers, each optionally indexed
 * ({@code negative.role_mix.repliers}, {@code candidate[3].spread}); a family of like elements shares a meaning
 * and differs by its index. A multi-discrete entry may label its choices ({@code high, medium, low}): label k is
 * the value {@code start + k}.
 *
 * @param name    unique within its space; segments {@code [A-Za-z_][A-Za-z0-9_]*} with an optional {@code [i]}, joined by dots
 * @param meaning what the element holds or does, with its unit or encoding; not empty
 * @param choices labels of a multi-discrete entry's values in order, or empty (the values are plain numbers)
 */
public record Component(String name, String meaning, List<String> choices) {
    private static final Pattern NAME = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])?(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])?)*");

    public Component {
        Objects.requireNonNull(name, "component name");
        Objects.requireNonNull(meaning, "component meaning");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("component name \"" + name + "\" is not allowed; allowed: dotted identifiers"
                    + " with optional indices, e.g. negative.role_mix.repliers or candidate[3].spread");
        }
        if (meaning.isBlank()) throw new IllegalArgumentException("component " + name + " has an empty meaning");
        choices = List.copyOf(choices);
        Set<String> seen = new HashSet<>();
        for (String c : choices) {
            if (c.isBlank() || !seen.add(c)) {
                throw new IllegalArgumentException("component " + name + " choices must be non-empty and unique, got " + choices);
            }
        }
    }

    /** An element whose values are plain numbers. */
    public static Component of(String name, String meaning) {
        return new Component(name, meaning, List.of());
    }

    /** A multi-discrete entry whose values carry these labels, in order. */
    public static Component choice(String name, String meaning, List<String> choices) {
        return new Component(name, meaning, choices);
    }

    /** This component under a prefix: {@code prefix.name}, meaning "meaning (context)". */
    public Component under(String prefix, String context) {
        return new Component(prefix + "." + name, meaning + " (" + context + ")", choices);
    }
}
