package org.infoops.env;

/**
 * A value that breaks the contract: an action outside its space, NaN, a wrong shape or dtype, an
 * unknown or missing agent id, an unknown or ill-typed option, an unknown render mode.
 */
public final class InvalidValueException extends EnvironmentException {
    private final String path;

    /** {@code path} names the field (e.g. {@code actions["agent"].move}); {@code message} says the rest. */
    public InvalidValueException(String path, String message) {
        super(Quote.clip(path, 160) + ": " + message);
        this.path = Quote.clip(path, 160);
    }

    /** "{path}: {value} is not allowed; allowed: {allowed}", the value cut to a short prefix and its length. */
    public static InvalidValueException notAllowed(String path, String value, String allowed) {
        return new InvalidValueException(path, Quote.value(value) + " is not allowed; allowed: " + allowed);
    }

    /** The field the message is about. */
    public String path() {
        return path;
    }
}
