package org.infoops.env;

/** An instance whose estimated memory or work is over the budget it was given (RESOURCE_EXHAUSTED over gRPC). */
public final class BudgetExceededException extends EnvironmentException {
    public BudgetExceededException(String message) {
        super(message);
    }
}
