package org.infoops.env;

/**
 * A request an environment cannot honour. Each subclass is one kind of failure that the gRPC layer
 * maps to one status code; the message always names the field, the value and what is allowed.
 */
public abstract sealed class EnvironmentException extends RuntimeException
        permits InvalidValueException, EpisodeStateException, UnknownEnvironmentException, EnvironmentFailure,
        BudgetExceededException {
    protected EnvironmentException(String message) {
        super(message);
    }

    protected EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
