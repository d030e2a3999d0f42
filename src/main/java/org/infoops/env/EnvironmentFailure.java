package org.infoops.env;

/**
 * A defect inside an environment (an exception from its logic, or an observation outside its own
 * space). The episode is abandoned; the environment works again after a reset.
 */
public final class EnvironmentFailure extends EnvironmentException {
    public EnvironmentFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public EnvironmentFailure(String message) {
        super(message);
    }
}
