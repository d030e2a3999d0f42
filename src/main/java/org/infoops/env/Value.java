package org.infoops.env;

/**
 * An observation, an action or an info entry: a {@link Tensor}, a {@link DictValue} (the value of a
 * {@link DictSpace}) or, in info maps only, a {@link Text}.
 */
public sealed interface Value permits Tensor, DictValue, Text {
    /** A short rendering for error messages: never more than about a hundred characters. */
    String brief();
}
