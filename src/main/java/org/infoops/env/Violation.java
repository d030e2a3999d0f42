package org.infoops.env;

/** Why a value is not in a space: the field path it concerns (e.g. {@code actions["agent"].move}) and what is wrong. */
public record Violation(String path, String message) {
    public InvalidValueException toException() {
        return new InvalidValueException(path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
