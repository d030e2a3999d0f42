package org.infoops.env;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Checks and builders for the {@link Component}s of a tensor space. A space either names every element, in
 * row-major (flat) order, or none; a {@link Box} of per-agent or per-candidate rows names each element by a family
 * with an index ({@code stance[i]}, {@code candidate[3].spread}).
 */
public final class Components {
    private Components() {}

    /**
     * {@code components} as an immutable list if they fit a space of {@code count} elements: none, or exactly one
     * per element with unique names. Choices are checked by the space that allows them.
     */
    static List<Component> check(List<Component> components, long count, String space) {
        List<Component> out = List.copyOf(components);
        if (out.isEmpty()) return out;
        if (out.size() != count) {
            throw new IllegalArgumentException(space + " has " + count + " elements but " + out.size()
                    + " component names; allowed: none or one per element");
        }
        Set<String> seen = new HashSet<>();
        for (Component c : out) {
            if (!seen.add(c.name())) throw new IllegalArgumentException(space + " names component " + c.name() + " twice");
        }
        return out;
    }

    /** Rejects choices: only multi-discrete entries have labelled values. */
    static void noChoices(List<Component> components, String space) {
        for (Component c : components) {
            if (!c.choices().isEmpty()) {
                throw new IllegalArgumentException(space + " component " + c.name() + " has choices " + c.choices()
                        + "; only MultiDiscrete entries have labelled values");
            }
        }
    }

    /** Plain-number components from alternating names and meanings. */
    public static List<Component> of(String... namesAndMeanings) {
        if (namesAndMeanings.length % 2 != 0) throw new IllegalArgumentException("names and meanings must alternate");
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < namesAndMeanings.length; i += 2) out.add(Component.of(namesAndMeanings[i], namesAndMeanings[i + 1]));
        return List.copyOf(out);
    }

    /** One component per name, its meaning made from the name. */
    public static List<Component> each(List<String> names, java.util.function.Function<String, String> meaning) {
        return names.stream().map(n -> Component.of(n, meaning.apply(n))).toList();
    }

    /** A family {@code family[0] .. family[n-1]}, element i meaning {@code meaning.apply(i)}. */
    public static List<Component> indexed(String family, int n, IntFunction<String> meaning) {
        List<Component> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Component.of(family + "[" + i + "]", meaning.apply(i)));
        return List.copyOf(out);
    }

    /**
     * The elements of a [rows x columns] tensor in row-major order: {@code row.column}, meaning
     * "column meaning (row meaning)".
     */
    public static List<Component> grid(List<Component> rows, List<Component> columns) {
        List<Component> out = new ArrayList<>(rows.size() * columns.size());
        for (Component r : rows) {
            for (Component c : columns) out.add(c.under(r.name(), r.meaning()));
        }
        return List.copyOf(out);
    }
}
