package org.infoops.env;

/**
 * Quotes a client's value in an error message: at most a short prefix, with the value's length when it was cut.
 * A status message must stay small (gRPC cannot carry one over about 8 KiB, and a message repeating a
 * megabyte of input helps no one), so every message keeps well under 1 KiB.
 */
public final class Quote {
    /** Characters of a value quoted at most. */
    public static final int PREFIX = 64;

    private Quote() {}

    /** A string value in double quotes, cut to {@link #PREFIX} characters plus its length. */
    public static String text(String value) {
        if (value == null) return "null";
        if (value.length() <= PREFIX) return "\"" + value + "\"";
        return "\"" + value.substring(0, PREFIX) + "...\" (" + value.length() + " characters)";
    }

    /**
     * An already formatted value (a number, a JSON text, a string quoted by {@link #text}), cut to a short prefix
     * plus its length; a value {@link #text} already cut passes unchanged.
     */
    public static String value(String formatted) {
        return clip(formatted, PREFIX + 40);
    }

    /** {@code text} cut to {@code max} characters, saying how long it was. */
    public static String clip(String text, int max) {
        if (text == null) return "null";
        if (text.length() <= max) return text;
        return text.substring(0, max) + "... (" + text.length() + " characters)";
    }
}
