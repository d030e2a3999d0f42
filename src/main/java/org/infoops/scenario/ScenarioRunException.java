package org.infoops.scenario;

/** A run or the writing of its outputs failed; names the scenario and run. The cause is the original failure. */
public final class ScenarioRunException extends RuntimeException {
    public ScenarioRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
