package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Optional;

/**
 * The set of allowed observations or actions of one agent: Gymnasium's space kinds. A space checks
 * values sent by a client ({@link #validate}) with messages that name the field path, the value and
 * what is allowed, and samples values for random policies and tests.
 */
public sealed interface Space permits Discrete, MultiDiscrete, MultiBinary, Box, DictSpace {
    /** Why {@code value} is not in this space, naming {@code path}; empty if it is. */
    Optional<Violation> violation(Value value, String path);

    /** A uniformly drawn member (Box with an infinite side: Gymnasium's normal/exponential rule). */
    Value sample(UniformRandomProvider rng);

    /** Compact description, e.g. {@code Discrete(4)} or {@code Box(float32, [3], low=0.0, high=1.0)}. */
    String describe();

    /**
     * The names and meanings of a tensor space's elements in row-major order, or empty when it does not name them
     * (and always for Discrete, a single choice, and Dict, whose members are named by their keys).
     */
    default java.util.List<Component> components() {
        return java.util.List.of();
    }

    default boolean contains(Value value) {
        return violation(value, "value").isEmpty();
    }

    /** Throws {@link InvalidValueException} if {@code value} is not in this space. */
    default void validate(Value value, String path) {
        Optional<Violation> v = violation(value, path);
        if (v.isPresent()) throw v.get().toException();
    }
}
