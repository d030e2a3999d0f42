package org.infoops.env;

import java.util.Collection;

/** An environment id that no registered factory offers. */
public final class UnknownEnvironmentException extends EnvironmentException {
    public UnknownEnvironmentException(String id, Collection<String> known) {
        super("env_id: " + Quote.text(id) + " is not a known environment; known ids: " + known);
    }
}
